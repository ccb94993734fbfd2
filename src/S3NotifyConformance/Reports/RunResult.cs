using S3NotifyConformance.Judging;
using S3NotifyConformance.Probing;

namespace S3NotifyConformance.Reports;

/// <summary>Everything one conformance run produced: the header every run kind shares, then the scenarios. Serialized as
/// results.json, the single source every other report is rendered from.</summary>
/// <param name="Header">Kind (conformance), run id, tool, target, machine, times.</param>
/// <param name="CleanupFailures">Resources carrying the run id that could not be removed (empty after a clean run).</param>
/// <param name="Interrupted">True when the run was cancelled (Ctrl+C) before every scenario finished.</param>
/// <param name="Probe">What the capability probe observed before the scenarios (null when it did not run).</param>
public sealed record RunResult(
    RunHeader Header,
    ImmutableArray<ScenarioResult> Scenarios,
    ImmutableArray<string> CleanupFailures,
    bool Interrupted,
    ProbeResult? Probe = null) : RunResultBase(Header)
{
    /// <summary>The distinct differences from Amazon S3, biggest first; each known one carries its baseline reason.</summary>
    public ImmutableArray<Difference> Differences { get; init; } = [];

    /// <summary>Baseline entries whose difference no longer appears although their example scenario ran: remove them.</summary>
    public ImmutableArray<BaselineEntry> FixedDifferences { get; init; } = [];

    /// <summary>The baseline file the run was judged with, or null.</summary>
    public string? Baseline { get; init; }

    /// <summary>The record fields the store sent that AWS does not, with how many scenarios showed each (informational).</summary>
    public ImmutableSortedDictionary<string, int> Extensions => Scenarios.SelectMany(s => s.Extensions).GroupBy(x => x, StringComparer.Ordinal)
        .ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>The run's verdict in words: conforms, differs only in known ways, or differs in new ways.</summary>
    public string Verdict
    {
        get
        {
            var newOnes = Differences.Count(d => d.IsNew);
            var known = Differences.Length - newOnes;
            var trouble = Totals.Errors > 0 || Interrupted ? $"; {Totals.Errors} scenario(s) could not be judged{(Interrupted ? " (interrupted)" : string.Empty)}" : string.Empty;
            trouble += StoppedBecause is null ? string.Empty : $"; stopped: {StoppedBecause}";
            return (newOnes, known) switch
            {
                (0, 0) when Totals.Failed == 0 => $"conforms on every supported scenario{trouble}",
                (0, _) when Totals.Failed == 0 => $"differs from Amazon S3 in {known} known way(s), nothing new{trouble}",
                _ => $"{newOnes} new difference(s) from Amazon S3{(known > 0 ? $" (and {known} known)" : string.Empty)}{trouble}",
            };
        }
    }

    /// <summary>Why the run stopped before its end other than Ctrl+C (the store stopped answering, named), or null.</summary>
    public string? StoppedBecause { get; init; }

    /// <summary>Counts by outcome.</summary>
    public RunTotals Totals => RunTotals.Of(Scenarios);

    /// <summary>The scenario id under which the capability probe's findings join the differences.</summary>
    public const string ProbeScenario = "capabilities/probe";

    /// <summary>True when nothing failed and nothing errored, the run was not stopped, and the capability probe raised no
    /// difference a baseline does not list (unsupported and known deviations do not fail a run).</summary>
    public bool Succeeded => Totals.Failed == 0 && Totals.Errors == 0 && !Interrupted && StoppedBecause is null &&
                             !Differences.Any(d => d.IsNew && d.Scenarios.Contains(ProbeScenario));
}
