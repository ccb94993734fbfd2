using S3NotifyConformance.Judging;

namespace S3NotifyConformance.Reports;

/// <summary>One scenario's row in a run: outcome, why, accounting, and where its received snapshot is.</summary>
/// <param name="MissingCapabilities">For unsupported scenarios: what the target lacks.</param>
/// <param name="ReceivedSnapshot">Path of the received snapshot, relative to the report folder, when it differed.</param>
/// <param name="Error">For errors: the one-line cause.</param>
/// <param name="DeviationReason">For known deviations: the baseline's reason.</param>
public sealed record ScenarioResult(
    string Id,
    string Title,
    string Source,
    ScenarioOutcome Outcome,
    double DurationMs,
    ImmutableArray<Finding> Findings,
    ScenarioCounts Counts,
    ImmutableArray<string> MissingCapabilities,
    string? ReceivedSnapshot = null,
    string? Error = null,
    string? DeviationReason = null)
{
    /// <summary>Record fields the store sent that AWS does not send (informational, never a failure).</summary>
    public ImmutableArray<string> Extensions { get; init; } = [];

    /// <summary>The faults its steps applied, as applied: kind, what they were applied to, UTC start and end, seconds from the
    /// scenario's first step, and an error if applying or lifting failed (empty without fault steps).</summary>
    public ImmutableArray<Faults.FaultWindow> FaultWindows { get; init; } = [];
}
