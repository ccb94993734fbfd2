namespace S3NotifyConformance.Reports.Matrix;

/// <summary>One store's column: its label and its run.</summary>
public sealed record StoreColumn(string Label, RunResult Run)
{
    private readonly Dictionary<string, ScenarioResult> _byId = Run.Scenarios.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>The store's result for a scenario, or null when its run did not include it.</summary>
    public ScenarioResult? this[string scenarioId] => _byId.GetValueOrDefault(scenarioId);
}
