namespace S3NotifyConformance.Targets;

/// <summary>How long the harness waits on a target.</summary>
/// <param name="DeliveryDeadline">How long after the last write an expected event may still arrive before it counts as lost.</param>
/// <param name="SettleWindow">How long to keep collecting after the sentinel arrived, to catch late duplicates and strays.</param>
/// <param name="Parallelism">How many scenarios run at once.</param>
public sealed record TargetTimings(TimeSpan DeliveryDeadline, TimeSpan SettleWindow, int Parallelism)
{
    /// <summary>How far a record's eventTime may lie outside its write's request window (the store's clock against the
    /// harness's; target file <c>timing.clockSkew</c>); two seconds unless a target file says otherwise.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Timings for an in-process store: events arrive in milliseconds.</summary>
    public static TargetTimings Embedded { get; } = new(TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(150), 16);

    /// <summary>Timings for a store across a network: AWS documents delivery "typically in seconds".</summary>
    public static TargetTimings Remote { get; } = new(TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(1), 4);
}
