using S3NotifyConformance.Judging.Snapshots;

namespace S3NotifyConformance.Judging;

/// <summary>The verdict on one scenario run: outcome, findings, accounting, and the snapshot comparison.</summary>
public sealed record ScenarioJudgement(ScenarioOutcome Outcome, ImmutableArray<Finding> Findings, ScenarioCounts Counts, SnapshotComparison? Snapshot);
