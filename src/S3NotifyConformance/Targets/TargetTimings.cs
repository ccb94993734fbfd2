namespace S3NotifyConformance.Targets;

/// <summary>How long the harness waits on a target.</summary>
/// <param name="DeliveryDeadline">How long after the last write an expected event may still arrive before it counts as lost.</param>
/// <param name="SettleWindow">How long to keep collecting after the sentinel arrived, to catch late duplicates and strays.</param>
/// <param name="Parallelism">How many scenarios work on the store at once (provision, write, tear down).</param>
public sealed record TargetTimings(TimeSpan DeliveryDeadline, TimeSpan SettleWindow, int Parallelism)
{
    /// <summary>How many scenarios may be under way at once, counting those that have written everything and only wait for
    /// deliveries (target file <c>timing.concurrency</c>): a waiting scenario gives its working slot (<see cref="Parallelism"/>)
    /// to another, and this bounds what the store holds open at once (buckets, destinations, long polls). Four times
    /// <see cref="Parallelism"/> unless a target file says otherwise; never fewer than <see cref="Parallelism"/>.</summary>
    public int Concurrency { get; init; } = 4 * Parallelism;

    /// <summary>How long an expected event may still arrive once every sentinel has (target file <c>timing.afterSentinel</c>).
    /// The sentinel is written after every write of the scenario, so a store that delivers each destination's events in write
    /// order has sent everything when it arrives; for a store whose order is not known (AWS documents none) the default, the
    /// <see cref="DeliveryDeadline"/>, keeps waiting the whole deadline.</summary>
    public TimeSpan AfterSentinel { get; init; } = DeliveryDeadline;

    /// <summary>Operations the store gets one at a time, whoever sends them (target file <c>timing.oneAtATime</c>, AWS operation
    /// names such as <c>CreateTopic</c>): Ceph RGW 16.2 keeps all of an owner's topics in one object and fails concurrent
    /// writers of it with HTTP 500 (its log: "failed to write topics info: ret=-125"), which a parallel run must not provoke
    /// and report as the store's answer to the call under test. None unless a target says so.</summary>
    public ImmutableSortedSet<string> OneAtATime { get; init; } = [];

    /// <summary>The default <see cref="CallTimeout"/>: the slowest answered call measured was 0.6–0.8 s on the embedded store
    /// (2 cores shared with a full suite) and ~1 s for a Ceph RGW CreateBucket or CreateTopic; five times that still ends a
    /// hung run in seconds, not minutes.</summary>
    public static readonly TimeSpan DefaultCallTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The default <see cref="UnresponsiveAfter"/>.</summary>
    public const int DefaultUnresponsiveAfter = 3;

    /// <summary>How far a record's eventTime may lie outside its write's request window (the store's clock against the
    /// harness's; target file <c>timing.clockSkew</c>); two seconds unless a target file says otherwise.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Timings for an in-process store: events arrive in milliseconds, in the order of the writes (a seeded fault
    /// reorders events of different keys by up to 60 ms: a second after the sentinel covers that many times over).</summary>
    public static TargetTimings Embedded { get; } = new(TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(150), 16) { AfterSentinel = TimeSpan.FromSeconds(1) };

    /// <summary>Timings for a store across a network: AWS documents delivery "typically in seconds".</summary>
    public static TargetTimings Remote { get; } = new(TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(1), 4);

    /// <summary>How long one call to the store (one HTTP request, answer body included) may take before it is an error; an SQS
    /// long poll gets its wait time on top. Separate from <see cref="DeliveryDeadline"/>: a store may answer at once and deliver late.</summary>
    public TimeSpan CallTimeout { get; init; } = DefaultCallTimeout;

    /// <summary>After this many consecutive calls to one endpoint went unanswered (timed out, or no connection), the run stops
    /// as "store unresponsive".</summary>
    public int UnresponsiveAfter { get; init; } = DefaultUnresponsiveAfter;
}
