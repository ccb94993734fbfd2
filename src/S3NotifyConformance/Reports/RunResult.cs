using S3NotifyConformance.Probing;

namespace S3NotifyConformance.Reports;

/// <summary>Everything one run produced. Serialized as results.json, the single source every other report is rendered from.</summary>
/// <param name="CleanupFailures">Resources carrying the run id that could not be removed (empty after a clean run).</param>
/// <param name="Interrupted">True when the run was cancelled (Ctrl+C) before every scenario finished.</param>
/// <param name="Probe">What the capability probe observed before the scenarios (null when it did not run).</param>
public sealed record RunResult(
    string RunId,
    string Tool,
    TargetSummary Target,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    ImmutableArray<ScenarioResult> Scenarios,
    ImmutableArray<string> CleanupFailures,
    bool Interrupted,
    string Machine,
    ProbeResult? Probe = null)
{
    /// <summary>Counts by outcome.</summary>
    public RunTotals Totals => RunTotals.Of(Scenarios);

    /// <summary>Wall time of the run.</summary>
    public TimeSpan Duration => FinishedAt - StartedAt;

    /// <summary>True when nothing failed and nothing errored, and the capability probe raised no finding (unsupported and
    /// known deviations do not fail a run).</summary>
    public bool Succeeded => Totals.Failed == 0 && Totals.Errors == 0 && !Interrupted && Probe?.Passed != false;

    /// <summary>A description of this machine for reports: OS, cores, memory.</summary>
    public static string DescribeMachine() =>
        $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, " +
        $"{GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024 * 1024.0):0} GiB, .NET {Environment.Version}";
}
