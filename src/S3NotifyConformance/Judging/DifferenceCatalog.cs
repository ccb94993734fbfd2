namespace S3NotifyConformance.Judging;

/// <summary>Groups a run's findings into <see cref="Difference"/>s: one per fingerprint, biggest first (by the number of
/// scenarios it touches), blocking ones before others of the same size. Findings caused by another finding are not
/// differences of their own.</summary>
public static class DifferenceCatalog
{
    /// <summary>The distinct differences of a run's judged scenarios, each marked known when the baseline lists it for every
    /// scenario that shows it.</summary>
    public static ImmutableArray<Difference> Group(IEnumerable<(string Scenario, ImmutableArray<Finding> Findings)> scenarios, Baseline baseline)
    {
        var occurrences = scenarios
            .SelectMany(s => s.Findings.Where(f => f.CausedBy is null).Select(f => (s.Scenario, Finding: f)))
            .GroupBy(o => o.Finding.Fingerprint, StringComparer.Ordinal);
        var differences = occurrences.Select(group =>
        {
            var list = group.ToList();
            var first = list[0];
            var scenarioIds = list.Select(o => o.Scenario).Distinct(StringComparer.Ordinal).ToImmutableArray();
            var entries = scenarioIds.Select(id => baseline.Find(group.Key, id)).ToList();
            var known = entries.All(e => e is not null) ? string.Join("; ", entries.Select(e => e!.Reason).Distinct()) : null;
            var f = first.Finding;
            var aws = f.ExpectedClass ?? f.Expected;
            var store = f.ActualClass ?? f.Actual;
            return new Difference(
                group.Key,
                f.Rule,
                FindingFingerprint.AspectOf(f),
                aws,
                store,
                RuleSources.For(f.Rule, FindingFingerprint.AspectOf(f)),
                FixFor(f, aws, store),
                list.Any(o => o.Finding.Blocking),
                known,
                new DifferenceExample(first.Scenario, f.Subject, f.Expected, f.Actual, f.RawEvent),
                scenarioIds,
                list.Count);
        });
        return [.. differences
            .OrderByDescending(d => d.Scenarios.Length)
            .ThenByDescending(d => d.Blocking)
            .ThenBy(d => d.Fingerprint, StringComparer.Ordinal)];
    }

    /// <summary>One sentence on what to change, from the rule's point of view.</summary>
    private static string FixFor(Finding f, string aws, string store) => f.Rule switch
    {
        "api.outcome" when f.Blocking => $"Accept {FindingFingerprint.AspectOf(f)} as Amazon S3 does (it answered {store}).",
        "api.outcome" => $"Answer {FindingFingerprint.AspectOf(f)} as Amazon S3 does: {aws} (not {store}).",
        "delivery.lost" => $"Send the {FindingFingerprint.AspectOf(f)} where Amazon S3 sends it.",
        "delivery.unexpected" => $"Do not send the {FindingFingerprint.AspectOf(f)} where Amazon S3 sends none ({aws}).",
        "delivery.duplicate" => $"Deliver each {FindingFingerprint.AspectOf(f)} once.",
        "record.extension" => $"Leave request data out of the record's extension fields (found: {store}).",
        "snapshot" => $"Make {FindingFingerprint.AspectOf(f)} what Amazon S3 sends: {aws} (not {store}).",
        _ => $"Send {FindingFingerprint.AspectOf(f)} as Amazon S3 does: {aws} (not {store}).",
    };
}
