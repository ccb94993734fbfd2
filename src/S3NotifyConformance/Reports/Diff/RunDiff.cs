using S3NotifyConformance.Judging;

namespace S3NotifyConformance.Reports.Diff;

/// <summary>What changed between two conformance runs of one store, by difference fingerprint and by scenario outcome.</summary>
/// <param name="New">Differences the new run shows and the old one did not.</param>
/// <param name="Fixed">Differences the old run showed and the new one does not.</param>
/// <param name="Changed">Differences both show, in other scenarios or with another baseline status: (old, new).</param>
/// <param name="Outcomes">Scenarios whose outcome changed (null: the run did not include the scenario).</param>
public sealed record RunDiff(
    RunResult Old,
    RunResult New,
    ImmutableArray<Difference> NewDifferences,
    ImmutableArray<Difference> Fixed,
    ImmutableArray<(Difference Old, Difference New)> Changed,
    ImmutableArray<OutcomeChange> Outcomes)
{
    /// <summary>Compares two runs of one store; runs of different targets are an <see cref="ArgumentException"/>.</summary>
    public static RunDiff Of(RunResult old, RunResult @new)
    {
        if (!string.Equals(old.Target.Name, @new.Target.Name, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"run {old.RunId} is of target '{old.Target.Name}' and run {@new.RunId} of '{@new.Target.Name}': diff compares two runs of one store (s3notify matrix compares stores)");
        }

        var before = old.Differences.ToDictionary(d => d.Fingerprint, StringComparer.Ordinal);
        var after = @new.Differences.ToDictionary(d => d.Fingerprint, StringComparer.Ordinal);
        var oldOutcomes = old.Scenarios.ToDictionary(s => s.Id, s => s.Outcome, StringComparer.Ordinal);
        var newOutcomes = @new.Scenarios.ToDictionary(s => s.Id, s => s.Outcome, StringComparer.Ordinal);
        var ids = old.Scenarios.Select(s => s.Id).Concat(@new.Scenarios.Select(s => s.Id)).Distinct(StringComparer.Ordinal);
        return new RunDiff(
            old,
            @new,
            [.. @new.Differences.Where(d => !before.ContainsKey(d.Fingerprint))],
            [.. old.Differences.Where(d => !after.ContainsKey(d.Fingerprint))],
            [.. old.Differences.Where(d => after.TryGetValue(d.Fingerprint, out var n) && (!d.Scenarios.SequenceEqual(n.Scenarios) || d.IsNew != n.IsNew))
                .Select(d => (d, after[d.Fingerprint]))],
            [.. ids.Select(id => new OutcomeChange(id, oldOutcomes.TryGetValue(id, out var o) ? o : null, newOutcomes.TryGetValue(id, out var n) ? n : null))
                .Where(c => c.Old != c.New)]);
    }

    /// <summary>Scenarios that now fail or error and did not before.</summary>
    public IEnumerable<OutcomeChange> Regressions => Outcomes.Where(c => c.IsRegression);

    /// <summary>True when anything is new: a difference not seen before, or a scenario that newly fails or errors.</summary>
    public bool HasNew => !NewDifferences.IsEmpty || Regressions.Any();

    /// <summary>The diff in one sentence.</summary>
    public string Verdict => HasNew
        ? $"{NewDifferences.Length} new difference(s), {Regressions.Count()} scenario(s) newly failing; {Fixed.Length} fixed"
        : Fixed.IsEmpty && Changed.IsEmpty && Outcomes.IsEmpty ? "nothing changed" : $"nothing new; {Fixed.Length} fixed, {Changed.Length} changed, {Outcomes.Length} outcome(s) changed";
}
