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
/// <param name="Agents">(g) agents add up, one entry per agent count.</param>
/// <param name="AgentsSimulation">The load simulation each agent of (g) ran.</param>
/// <param name="Growth">(h) growth, one entry per keys-per-scenario factor.</param>
/// <param name="GrowthFilter">The scenario filter of (h).</param>
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
    ImmutableArray<AgentsFigures>? Agents = null,
    string? AgentsSimulation = null,
    ImmutableArray<GrowthFigures>? Growth = null,
    string? GrowthFilter = null,
    WebhookStormFigures? WebhookBatched = null) : RunResultBase(Header)
{
    /// <summary>The store the benchmarks run against: embedded reference stores, in process (for (g), served to the agent processes).</summary>
    public static TargetSummary Target { get; } = TargetSummary.Embedded("in-process, one store per benchmark");

    /// <summary>True when the checks of the benchmarks that ran held: (f) lost, misjudged or crashed on no body; (g) every agent ran,
    /// the merge added up exactly and nothing was left on the store; (h) every scenario passed at every factor. Timing goals
    /// (such as (g)'s 2%) are figures, not checks.</summary>
    public bool Succeeded =>
        (Fuzz is not { } paths || paths.All(f => f.Unaccounted == 0 && f.Misjudged == 0 && f.Crashes == 0))
        && (Agents is not { } rounds || rounds.All(r => r.Succeeded))
        && (Growth is not { } factors || factors.All(g => g.NotPassed == 0));
}
