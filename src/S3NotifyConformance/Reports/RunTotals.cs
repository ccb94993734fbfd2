using S3NotifyConformance.Judging;

namespace S3NotifyConformance.Reports;

/// <summary>Counts of scenarios by outcome.</summary>
public sealed record RunTotals(int Scenarios, int Passed, int Failed, int Unsupported, int KnownDeviations, int Errors)
{
    /// <summary>Counts a run's scenarios.</summary>
    public static RunTotals Of(IReadOnlyCollection<ScenarioResult> scenarios) => new(
        scenarios.Count,
        scenarios.Count(s => s.Outcome == ScenarioOutcome.Passed),
        scenarios.Count(s => s.Outcome == ScenarioOutcome.Failed),
        scenarios.Count(s => s.Outcome == ScenarioOutcome.Unsupported),
        scenarios.Count(s => s.Outcome == ScenarioOutcome.KnownDeviation),
        scenarios.Count(s => s.Outcome == ScenarioOutcome.Error));
}
