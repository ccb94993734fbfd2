using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Judging;

/// <summary>A target's known differences from Amazon S3, by finding fingerprint. A failed scenario all of whose findings
/// are listed is a known deviation; a scenario that shows one new fingerprint fails the run and names it, so a baseline
/// never hides a new difference. An entry whose fingerprint no longer appears is reported as fixed, so baselines shrink.</summary>
public sealed class Baseline
{
    private readonly ImmutableArray<ImmutableArray<ScenarioFilter>> _scopes;

    /// <summary>Creates a baseline for <paramref name="target"/>.</summary>
    public Baseline(string target, ImmutableArray<BaselineEntry> entries)
    {
        Target = target;
        Entries = entries;
        _scopes = [.. entries.Select(e => e.Scenarios.IsDefaultOrEmpty ? [] : e.Scenarios.Select(ScenarioFilter.Parse).ToImmutableArray())];
    }

    /// <summary>No known differences.</summary>
    public static Baseline Empty { get; } = new(string.Empty, []);

    /// <summary>The target the baseline was written for.</summary>
    public string Target { get; }

    /// <summary>The known differences, in file order.</summary>
    public ImmutableArray<BaselineEntry> Entries { get; }

    /// <summary>The entry listing this fingerprint for this scenario, or null.</summary>
    public BaselineEntry? Find(string fingerprint, string scenarioId)
    {
        for (var i = 0; i < Entries.Length; i++)
        {
            if (Entries[i].Fingerprint == fingerprint && (_scopes[i].IsEmpty || _scopes[i].Any(f => f.Matches(scenarioId))))
            {
                return Entries[i];
            }
        }

        return null;
    }

    /// <summary>The findings of a scenario that no entry lists: its new differences. Findings caused by another finding
    /// follow it and are not differences of their own.</summary>
    public ImmutableArray<Finding> NewFindings(string scenarioId, IEnumerable<Finding> findings) =>
        [.. findings.Where(f => f.CausedBy is null && Find(f.Fingerprint, scenarioId) is null)];

    /// <summary>Applies the baseline to a judged scenario: Failed becomes KnownDeviation when every finding is listed, with
    /// the entries' reasons; otherwise the outcome stays.</summary>
    public (ScenarioOutcome Outcome, string? Reason) Apply(string scenarioId, ScenarioOutcome outcome, IReadOnlyCollection<Finding> findings)
    {
        if (outcome != ScenarioOutcome.Failed || Entries.IsEmpty || !NewFindings(scenarioId, findings).IsEmpty)
        {
            return (outcome, null);
        }

        var reasons = findings.Where(f => f.CausedBy is null).Select(f => Find(f.Fingerprint, scenarioId)!.Reason).Distinct();
        return (ScenarioOutcome.KnownDeviation, string.Join("; ", reasons));
    }

    /// <summary>Entries no finding of the run shows although their example scenario ran: fixed, to be removed.</summary>
    public ImmutableArray<BaselineEntry> Fixed(IReadOnlyCollection<(string Scenario, ScenarioOutcome Outcome, ImmutableArray<Finding> Findings)> run)
    {
        var seen = run.SelectMany(s => s.Findings.Select(f => f.Fingerprint)).ToHashSet(StringComparer.Ordinal);
        var judged = run.Where(s => s.Outcome is ScenarioOutcome.Passed or ScenarioOutcome.Failed or ScenarioOutcome.KnownDeviation)
            .Select(s => s.Scenario).ToHashSet(StringComparer.Ordinal);
        return [.. Entries.Where(e => !seen.Contains(e.Fingerprint) && e.Example is { } example && judged.Contains(example))];
    }
}
