namespace S3NotifyConformance.Load;

/// <summary>One load run (or several agents' runs merged): results.json of a load run, the single source of its index.html,
/// summary.md and CSV.</summary>
/// <param name="Problems">Collector problems and unmatched records worth a look.</param>
/// <param name="CleanupFailures">Resources carrying the run id that could not be removed.</param>
/// <param name="Sources">The run ids merged into this one (just its own id for a single run).</param>
public sealed record LoadRunResult(
    string RunId,
    string Tool,
    LoadTargetInfo Target,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    string Machine,
    LoadSettings Settings,
    LoadResult Result,
    ImmutableArray<ThresholdResult> Thresholds,
    ImmutableArray<string> Problems,
    ImmutableArray<string> CleanupFailures,
    bool Interrupted,
    ImmutableArray<string> Sources)
{
    /// <summary>The results.json "kind" that tells a load run from a conformance run.</summary>
    public string Kind => "load";

    /// <summary>Thresholds that failed.</summary>
    public IEnumerable<ThresholdResult> FailedThresholds => Thresholds.Where(t => !t.Passed);

    /// <summary>Why the run stopped before its end other than Ctrl+C (the store stopped answering, named), or null.</summary>
    public string? StoppedBecause { get; init; }

    /// <summary>True when every threshold passed and the run was neither interrupted nor stopped.</summary>
    public bool Succeeded => !FailedThresholds.Any() && !Interrupted && StoppedBecause is null;

    /// <summary>Evaluates thresholds on a result, failed ones first.</summary>
    public static ImmutableArray<ThresholdResult> Evaluate(IEnumerable<Threshold> thresholds, LoadResult result) =>
        [.. thresholds.Select(t => t.Evaluate(result)).OrderBy(t => t.Passed)];
}
