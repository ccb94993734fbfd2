using S3NotifyConformance.Judging.Snapshots;

namespace S3NotifyConformance.Judging;

/// <summary>The verdict on one scenario run: outcome, findings, accounting, the snapshot comparison, and the record fields
/// the store sent that AWS does not (its extensions, informational).</summary>
public sealed record ScenarioJudgement(ScenarioOutcome Outcome, ImmutableArray<Finding> Findings, ScenarioCounts Counts, SnapshotComparison? Snapshot,
    ImmutableArray<string> Extensions)
{
    /// <summary>The faults the scenario's steps applied, as applied (empty without fault steps).</summary>
    public ImmutableArray<Faults.FaultWindow> FaultWindows { get; init; } = [];
}
