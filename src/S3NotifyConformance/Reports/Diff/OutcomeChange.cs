using S3NotifyConformance.Judging;

namespace S3NotifyConformance.Reports.Diff;

/// <summary>A scenario whose outcome differs between two runs; null when a run did not include it.</summary>
public sealed record OutcomeChange(string Scenario, ScenarioOutcome? Old, ScenarioOutcome? New)
{
    /// <summary>True when the scenario now fails or errors and did not before.</summary>
    public bool IsRegression => New is ScenarioOutcome.Failed or ScenarioOutcome.Error && Old != New;

    /// <summary>"passed → failed".</summary>
    public string Describe() => $"{Word(Old)} → {Word(New)}";

    private static string Word(ScenarioOutcome? outcome) => outcome is { } o ? Html.ConformanceHtml.Word(o) : "not run";
}
