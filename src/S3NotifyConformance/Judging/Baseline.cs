using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Judging;

/// <summary>A target's known deviations from Amazon S3. A failure it lists is reported as a known deviation and does not fail
/// the run; a listed scenario that passes is reported as fixed, so baselines shrink. Each entry's glob is compiled once.</summary>
public sealed class Baseline
{
    private readonly ImmutableArray<ScenarioFilter> _filters;

    /// <summary>Creates a baseline for <paramref name="target"/>.</summary>
    public Baseline(string target, ImmutableArray<BaselineEntry> entries)
    {
        Target = target;
        Entries = entries;
        _filters = [.. entries.Select(e => ScenarioFilter.Parse(e.Id))];
    }

    /// <summary>No known deviations.</summary>
    public static Baseline Empty { get; } = new(string.Empty, []);

    /// <summary>The target the baseline was written for.</summary>
    public string Target { get; }

    /// <summary>The known deviations, in file order.</summary>
    public ImmutableArray<BaselineEntry> Entries { get; }

    /// <summary>The first entry whose id or glob matches the scenario, or null.</summary>
    public BaselineEntry? Find(string scenarioId)
    {
        for (var i = 0; i < Entries.Length; i++)
        {
            if (_filters[i].Matches(scenarioId))
            {
                return Entries[i];
            }
        }

        return null;
    }

    /// <summary>Applies the baseline to a judged outcome: Failed becomes KnownDeviation; the entry's reason is returned for
    /// listed scenarios (for a passing one it marks the entry as fixed).</summary>
    public (ScenarioOutcome Outcome, string? Reason) Apply(string scenarioId, ScenarioOutcome outcome)
    {
        var entry = Find(scenarioId);
        return (entry, outcome) switch
        {
            (null, _) => (outcome, null),
            (_, ScenarioOutcome.Failed) => (ScenarioOutcome.KnownDeviation, entry.Reason),
            (_, ScenarioOutcome.Passed) => (ScenarioOutcome.Passed, entry.Reason),
            _ => (outcome, null),
        };
    }
}
