namespace S3NotifyConformance.Load.Simulations;

/// <summary>How a simulation makes load (NBomber's open and closed systems).</summary>
public enum LoadModel
{
    /// <summary>Controls the arrival rate: iterations start on schedule whatever the store's speed; latency counts from the intended start.</summary>
    Open,

    /// <summary>Controls concurrency: a number of copies each run iterations back to back.</summary>
    Closed,

    /// <summary>No load for a while.</summary>
    Pause,
}
