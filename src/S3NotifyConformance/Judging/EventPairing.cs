using S3NotifyConformance.Collection;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Judging;

/// <summary>Expected events paired with the records that arrived. First a record pairs with an expected event of the same
/// destination, key and event name whose version, eTag, configuration and request id fit (where both sides have one); then
/// the records left over pair with the expected event of the same key and event name that fits them best (version, eTag,
/// request id), so a record is never given to another write of its key when a better one is open; then a record whose
/// key is the write's key in another encoding, or whose event name is another of the write's category, pairs with that
/// write (one finding on the write, never "lost" plus "unexpected"). A second record identical to a paired one is a
/// duplicate; whatever is left is lost (expected) or unexpected (arrived).</summary>
/// <param name="Renamed">Expected events answered by a record with another event name of the same category (a store sending
/// <c>ObjectRemoved:Delete</c> where AWS sends <c>ObjectRemoved:DeleteMarkerCreated</c>): judged by the event-name rule alone,
/// since the record's other fields follow from the name it chose.</param>
public sealed record EventPairing(
    ImmutableArray<(ExpectedEvent Expected, ObservedEvent Observed)> Matched,
    ImmutableArray<ExpectedEvent> Lost,
    ImmutableArray<ObservedEvent> Duplicates,
    ImmutableArray<ObservedEvent> Unexpected)
{
    /// <summary>Expected events answered by a record with another event name of the same category.</summary>
    public ImmutableArray<(ExpectedEvent Expected, ObservedEvent Observed)> Renamed { get; init; } = [];

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

            var candidate = open.FirstOrDefault(e => SameSubject(e, record) && Fits(e, record));
            if (candidate is null)
            {
                leftover.Add(record);
                continue;
            }

            open.Remove(candidate);
            matched.Add((candidate, record));
        }

        // A record whose version or eTag is wrong still belongs to its write (the shape rule reports the field): the best
        // fitting open write of its key and event name takes it, ties to the earlier write.
        matched.AddRange(PairBest(open, leftover, SameSubject));

        // A record for the write under another key encoding (the key rule reports it) belongs to that write too.
        matched.AddRange(PairBest(open, leftover, (e, r) => e.DestinationName == r.DestinationName && e.EventName == r.EventName && SameKeyEncodedOtherwise(e, r)));

        // A record with another event name of the write's category answers that write (the event-name rule reports it).
        var renamed = PairBest(open, leftover, (e, r) => e.DestinationName == r.DestinationName && e.Write.Key == r.Key && (SameCategory(e.EventName, r.EventName) || OtherDetailType(e, r)));

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
            [.. leftover.OrderBy(r => r.Sequence)])
        {
            Renamed = [.. renamed.OrderBy(m => order[m.Item1])],
        };
    }

    /// <summary>Pairs leftover records with open expected events that <paramref name="admissible"/> allows, best fit first
    /// (greedy over all pairs), removing both from their lists.</summary>
    private static List<(ExpectedEvent, ObservedEvent)> PairBest(List<ExpectedEvent> open, List<ObservedEvent> leftover, Func<ExpectedEvent, ObservedEvent, bool> admissible)
    {
        var candidates = (from record in leftover
                          from e in open.Select((e, i) => (Event: e, Index: i))
                          where admissible(e.Event, record)
                          select (Expected: e.Event, e.Index, Record: record, Score: Score(e.Event, record)))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Index).ThenBy(c => c.Record.Sequence).ToList();
        var paired = new List<(ExpectedEvent, ObservedEvent)>();
        var takenExpected = new HashSet<ExpectedEvent>(ReferenceEqualityComparer.Instance);
        var takenRecords = new HashSet<ObservedEvent>(ReferenceEqualityComparer.Instance);
        foreach (var c in candidates)
        {
            if (takenExpected.Contains(c.Expected) || takenRecords.Contains(c.Record))
            {
                continue;
            }

            takenExpected.Add(c.Expected);
            takenRecords.Add(c.Record);
            paired.Add((c.Expected, c.Record));
        }

        open.RemoveAll(takenExpected.Contains);
        leftover.RemoveAll(takenRecords.Contains);
        return paired;
    }

    private static bool SameSubject(ExpectedEvent expected, ObservedEvent record) =>
        expected.DestinationName == record.DestinationName && expected.EventName == record.EventName && expected.Write.Key == record.Key;

    // The record's key, read as written (no decoding), or decoded as a form would be, is the write's key: the store encoded it
    // another way (a literal '+' for a plus, '%20' for a space; an EventBridge event whose key is form-encoded as a record's).
    private static bool SameKeyEncodedOtherwise(ExpectedEvent expected, ObservedEvent record) =>
        expected.Write.Key is { } key && record.EncodedKey is { } encoded &&
        (encoded == key || Uri.UnescapeDataString(encoded) == key || S3KeyEncoding.Decode(encoded.Replace("+", "%2B", StringComparison.Ordinal)) == key ||
         (record.IsEventBridge && S3KeyEncoding.Decode(encoded) == key));

    // An EventBridge event of the write's key with another detail-type answers that write (the event-name rule reports detail-type).
    private static bool OtherDetailType(ExpectedEvent expected, ObservedEvent record) =>
        expected.IsEventBridge && record.IsEventBridge && record.EventName is not null;

    private static bool SameCategory(string expected, string? actual) =>
        actual is not null && expected.IndexOf(':') is > 0 and var colon && actual.StartsWith(expected[..(colon + 1)], StringComparison.Ordinal);

    private static bool Fits(ExpectedEvent expected, ObservedEvent record)
    {
        var versionFits = !expected.VersionIdJudged || expected.ExpectedVersionId is null || record.VersionId is null || expected.ExpectedVersionId == record.VersionId;
        var etagFits = expected.Write.ETag is null || record.ETag is null || expected.Write.ETag == record.ETag;
        var configurationFits = expected.Configuration.Id is null || record.ConfigurationId is null || expected.Configuration.Id == record.ConfigurationId;
        var requestFits = EventNames.IsInitiatedByS3(expected.Cause) || expected.Write.RequestId is null || record.RequestId is null || expected.Write.RequestId == record.RequestId;
        return versionFits && etagFits && configurationFits && requestFits;
    }

    // How well a record fits a write: a version id or request id that agrees says most, an eTag less (two writes of the same
    // content share it), a sequencer-bearing record on its own key least; a value that disagrees counts against.
    private static int Score(ExpectedEvent expected, ObservedEvent record)
    {
        static int Agree(string? want, string? got, int weight) => want is null || got is null ? 0 : want == got ? weight : -weight;
        return Agree(expected.VersionIdJudged ? expected.ExpectedVersionId : null, record.VersionId, 8)
            + Agree(EventNames.IsInitiatedByS3(expected.Cause) ? null : expected.Write.RequestId, record.RequestId, 4)
            + Agree(expected.Write.ETag, record.ETag, 2)
            + Agree(expected.Configuration.Id, record.ConfigurationId, 1);
    }
}
