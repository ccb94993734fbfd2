using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Judging;

/// <summary>The evidence plus what every rule needs computed once: the expected events, their pairing, and the expected
/// events AWS may coalesce.</summary>
/// <param name="Coalesced">Expected events that did not arrive but were allowed not to: on an unversioned bucket, AWS may send
/// one notification for writes to one key made at the same time ("Configuring Amazon S3 event notifications", User Guide as of 2021: "only a single event
/// notification" for simultaneous writes; versioning makes every write notified). Only an object-creating write
/// qualifies, only when a write to the key overlapping it in time was notified, and only when the key's final state
/// (read with HeadObject after the writes) was notified; a delete that did not arrive is lost, never coalesced. They are
/// taken out of the lost ones.</param>
public sealed record JudgingContext(Evidence Evidence, ImmutableArray<ExpectedEvent> Expected, EventPairing Pairing, ImmutableArray<ExpectedEvent> Coalesced)
{
    /// <summary>Computes the oracle, the pairing, and the coalescing allowance for a scenario's evidence.</summary>
    public static JudgingContext From(Evidence evidence)
    {
        var expected = NotificationOracle.Expect(evidence);
        var pairing = EventPairing.Pair(expected, evidence.ScenarioRecords);
        var coalesced = pairing.Lost.Where(lost => MayCoalesce(lost, pairing, evidence)).ToImmutableArray();
        return new JudgingContext(evidence, expected, pairing with { Lost = [.. pairing.Lost.Except(coalesced)] }, coalesced);
    }

    /// <summary>True when the final object a HeadObject read for <paramref name="key"/> after the writes is among the notified
    /// ones (its eTag on a paired record of the destination).</summary>
    public static bool FinalStateNotified(EventPairing pairing, Evidence evidence, string key, string destination) =>
        evidence.ScenarioWrites.Where(w => w.Operation == "HeadObject" && w.Key == key && w.Outcome.Succeeded && w.ETag is not null).ToList() is { Count: > 0 } heads &&
        pairing.Matched.Any(m => m.Expected.Write.Key == key && m.Expected.DestinationName == destination && m.Observed.ETag == heads[^1].ETag);

    private static bool MayCoalesce(ExpectedEvent lost, EventPairing pairing, Evidence evidence) =>
        lost.Write.Versioning != BucketVersioning.Enabled &&
        lost.EventName.StartsWith("ObjectCreated:", StringComparison.Ordinal) &&
        pairing.Matched.Any(m =>
            m.Expected.Write.Key == lost.Write.Key &&
            m.Expected.DestinationName == lost.DestinationName &&
            m.Expected.EventName.StartsWith("ObjectCreated:", StringComparison.Ordinal) &&
            m.Expected.Write.StartedTimestamp < lost.Write.CompletedTimestamp &&
            lost.Write.StartedTimestamp < m.Expected.Write.CompletedTimestamp) &&
        FinalStateNotified(pairing, evidence, lost.Write.Key!, lost.DestinationName);
}
