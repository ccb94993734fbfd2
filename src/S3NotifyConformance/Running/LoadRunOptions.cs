using S3NotifyConformance.ReferenceStore;

namespace S3NotifyConformance.Running;

/// <summary>What a load run is asked to do (command line over load file over defaults).</summary>
/// <param name="Target"><c>embedded</c> (default), a built-in target name, or a target file.</param>
/// <param name="Simulations">The plan in text form, e.g. <c>inject:rate=500,interval=1s,during=20s</c>.</param>
/// <param name="Warmup">Warm-up length: the plan's start, run and not measured (zero: none).</param>
/// <param name="Drain">After the last write, how long to wait for events before counting the missing ones as lost.</param>
/// <param name="Settle">After every write's event arrived, how long to keep listening for late duplicates; null: twice the slowest delivery, 100 ms..2 s.</param>
/// <param name="StoreFaults">Delivery faults for the embedded store (only with the embedded target).</param>
/// <param name="Receivers">Concurrent SQS long-poll receivers.</param>
public sealed record LoadRunOptions(
    string? Target,
    ImmutableArray<string> Simulations,
    TimeSpan Warmup,
    TimeSpan Drain,
    TimeSpan? Settle,
    int ObjectSize,
    ImmutableArray<string> Thresholds,
    DeliveryFaults? StoreFaults,
    string ReportRoot,
    ProjectPaths Paths,
    int Receivers = 2)
{
    /// <summary>The fault plan, as written (<c>endpoint-down:at=10s,for=5s</c>, …; see <see cref="Faults.FaultSpec"/>).</summary>
    public ImmutableArray<string> Faults { get; init; } = [];

    /// <summary>The embedded store's outage policy (retry or drop); null: the store's default (retry).</summary>
    public ReferenceStore.Faults.OutagePolicy? StoreOutagePolicy { get; init; }

    /// <summary>Attributes set on the push or AMQP topics the run creates, over the target file's (e.g. <c>persistent=true</c>).</summary>
    public ImmutableSortedDictionary<string, string> TopicAttributes { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>The instant (UTC) the plan (warm-up, then measurement) begins at, after set-up; null: as soon as set up. See <see cref="Load.LoadStartTime"/>.</summary>
    public DateTimeOffset? StartAt { get; init; }

    /// <summary>The default plan: 100 PutObject per second for 20 s.</summary>
    public static ImmutableArray<string> DefaultSimulations { get; } = ["inject:rate=100,interval=1s,during=20s"];
}
