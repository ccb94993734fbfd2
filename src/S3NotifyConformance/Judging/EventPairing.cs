using S3NotifyConformance.Collection;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Judging;

/// <summary>Expected events paired with the records that arrived. A record pairs with the first unpaired expected event of the
/// same destination, key, event name and (where both sides have one) version, eTag and request id; a second record identical to a paired
/// one is a duplicate; whatever is left is lost (expected) or unexpected (arrived).</summary>
public sealed record EventPairing(
    ImmutableArray<(ExpectedEvent Expected, ObservedEvent Observed)> Matched,
    ImmutableArray<ExpectedEvent> Lost,
    ImmutableArray<ObservedEvent> Duplicates,
    ImmutableArray<ObservedEvent> Unexpected)
{
    /// <summary>Pairs expected events with observed records (sentinels and non-records already excluded by the caller).</summary>
    public static EventPairing Pair(IReadOnlyList<ExpectedEvent> expected, IEnumerable<ObservedEvent> observed)
    {
        var open = expected.ToList();
        var matched = new List<(ExpectedEvent, ObservedEvent)>();
        var duplicates = new List<ObservedEvent>();
        var leftover = new List<ObservedEvent>();
        var seen = new HashSet<string>();
        foreach (var record in observed.OrderBy(o => o.Sequence))
        {
            if (!seen.Add(record.DuplicateIdentity))
            {
                duplicates.Add(record);
                continue;
            }

            var candidate = open.FirstOrDefault(e => Fits(e, record, strict: true));
            if (candidate is null)
            {
                leftover.Add(record);
                continue;
            }

            open.Remove(candidate);
            matched.Add((candidate, record));
        }

        // Second pass: a record whose version or eTag is wrong still belongs to its write; the shape rule reports the field.
        var unexpected = new List<ObservedEvent>();
        foreach (var record in leftover)
        {
            var candidate = open.FirstOrDefault(e => Fits(e, record, strict: false));
            if (candidate is null)
            {
                unexpected.Add(record);
                continue;
            }

            open.Remove(candidate);
            matched.Add((candidate, record));
        }

        // In the oracle's order (write order, then the order AWS sends one write's events), not arrival order, so that a
        // snapshot does not depend on which of two close events arrived first.
        var order = new Dictionary<ExpectedEvent, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < expected.Count; i++)
        {
            order[expected[i]] = i;
        }

        return new EventPairing(
            [.. matched.OrderBy(m => order[m.Item1])],
            [.. open],
            [.. duplicates],
            [.. unexpected]);
    }

    private static bool Fits(ExpectedEvent expected, ObservedEvent record, bool strict)
    {
        if (expected.DestinationName != record.DestinationName || expected.EventName != record.EventName || expected.Write.Key != record.Key)
        {
            return false;
        }

        if (!strict)
        {
            return true;
        }

        var versionFits = !expected.VersionIdJudged || expected.ExpectedVersionId is null || record.VersionId is null || expected.ExpectedVersionId == record.VersionId;
        var etagFits = expected.Write.ETag is null || record.ETag is null || expected.Write.ETag == record.ETag;
        var configurationFits = expected.Configuration.Id is null || record.ConfigurationId is null || expected.Configuration.Id == record.ConfigurationId;
        var requestFits = EventNames.IsInitiatedByS3(expected.EventName) || expected.Write.RequestId is null || record.RequestId is null || expected.Write.RequestId == record.RequestId;
        return versionFits && etagFits && configurationFits && requestFits;
    }
}
