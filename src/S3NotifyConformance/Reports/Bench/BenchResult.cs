namespace S3NotifyConformance.Reports.Bench;

/// <summary>What <c>s3notify bench</c> measured: the header every run kind shares, then the figures of each benchmark that ran
/// (null for one not selected). Serialized as results.json, the single source of summary.md and of the lines bench prints.</summary>
/// <param name="Ceiling">(a) the SDK's PutObject ceiling against the engine's rate.</param>
/// <param name="Ingest">(b) collector ingest.</param>
/// <param name="Accuracy">(c) measurement error against a store with configured delay and duplication.</param>
/// <param name="AccuracySimulation">The load simulation of (c).</param>
/// <param name="Memory">(d) memory of a run of many events.</param>
/// <param name="Webhook">(e) the webhook retry storm.</param>
/// <param name="WebhookBatched">(e) the same storm with many records per POST.</param>
/// <param name="Fuzz">(f) hostile bodies, one entry per delivery path.</param>
/// <param name="FuzzSeed">The seed of (f)'s bodies.</param>
public sealed record BenchResult(
    RunHeader Header,
    SdkCeilingFigures? Ceiling = null,
    CollectorIngestFigures? Ingest = null,
    MeasurementErrorFigures? Accuracy = null,
    string? AccuracySimulation = null,
    MemoryFigures? Memory = null,
    WebhookStormFigures? Webhook = null,
    ImmutableArray<FuzzPathFigures>? Fuzz = null,
    int? FuzzSeed = null,
    WebhookStormFigures? WebhookBatched = null) : RunResultBase(Header)
{
    /// <summary>The store the benchmarks run against: embedded reference stores, in process.</summary>
    public static TargetSummary Target { get; } = TargetSummary.Embedded("in-process, one store per benchmark");

    /// <summary>True when the hostile-body run (f), if it ran, lost, misjudged or crashed on no body.</summary>
    public bool Succeeded => Fuzz is not { } paths || paths.All(f => f.Unaccounted == 0 && f.Misjudged == 0 && f.Crashes == 0);
}
