namespace S3NotifyConformance.Load;

/// <summary>What a load metric's number means, for parsing threshold values and printing.</summary>
public enum LoadMetricUnit
{
    /// <summary>A latency in milliseconds (thresholds may write ms or s).</summary>
    Milliseconds,

    /// <summary>A fraction 0..1, printed as a percentage (thresholds may write %).</summary>
    Ratio,

    /// <summary>A count.</summary>
    Count,

    /// <summary>Per second.</summary>
    PerSecond,
}
