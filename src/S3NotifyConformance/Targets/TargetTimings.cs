namespace S3NotifyConformance.Targets;

/// <summary>How long the harness waits on a target.</summary>
/// <param name="DeliveryDeadline">How long after the last write an expected event may still arrive before it counts as lost.</param>
/// <param name="SettleWindow">How long to keep collecting after the sentinel arrived, to catch late duplicates and strays.</param>
/// <param name="Parallelism">How many scenarios run at once.</param>
public sealed record TargetTimings(TimeSpan DeliveryDeadline, TimeSpan SettleWindow, int Parallelism)
{
    /// <summary>The default <see cref="CallTimeout"/>: the slowest answered call measured was 0.6–0.8 s on the embedded store
    /// (2 cores shared with a full suite) and ~1 s for a Ceph RGW CreateBucket or CreateTopic; five times that still ends a
    /// hung run in seconds, not minutes.</summary>
    public static readonly TimeSpan DefaultCallTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The default <see cref="UnresponsiveAfter"/>.</summary>
    public const int DefaultUnresponsiveAfter = 3;

    /// <summary>How far a record's eventTime may lie outside its write's request window (the store's clock against the
    /// harness's; target file <c>timing.clockSkew</c>); two seconds unless a target file says otherwise.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Timings for an in-process store: events arrive in milliseconds.</summary>
    public static TargetTimings Embedded { get; } = new(TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(150), 16);

    /// <summary>Timings for a store across a network: AWS documents delivery "typically in seconds".</summary>
    public static TargetTimings Remote { get; } = new(TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(1), 4);

    /// <summary>How long one call to the store (one HTTP request, answer body included) may take before it is an error; an SQS
    /// long poll gets its wait time on top. Separate from <see cref="DeliveryDeadline"/>: a store may answer at once and deliver late.</summary>
    public TimeSpan CallTimeout { get; init; } = DefaultCallTimeout;

    /// <summary>After this many consecutive calls to one endpoint went unanswered (timed out, or no connection), the run stops
    /// as "store unresponsive".</summary>
    public int UnresponsiveAfter { get; init; } = DefaultUnresponsiveAfter;
}
