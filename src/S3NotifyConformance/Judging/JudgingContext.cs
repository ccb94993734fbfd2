using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Judging;

/// <summary>The evidence plus what every rule needs computed once: the expected events, their pairing, and the expected
/// events AWS may coalesce.</summary>
/// <param name="Coalesced">Expected events that did not arrive but were allowed not to: on an unversioned bucket, AWS may send
/// one notification for writes to one key made at the same time ("Configuring Amazon S3 event notifications", User Guide as of 2021: "only a single event
/// notification" for simultaneous writes; versioning makes every write notified). They are taken out of the lost ones.</param>
public sealed record JudgingContext(Evidence Evidence, ImmutableArray<ExpectedEvent> Expected, EventPairing Pairing, ImmutableArray<ExpectedEvent> Coalesced)
{
    /// <summary>Computes the oracle, the pairing, and the coalescing allowance for a scenario's evidence.</summary>
    public static JudgingContext From(Evidence evidence)
    {
        var expected = NotificationOracle.Expect(evidence);
        var pairing = EventPairing.Pair(expected, evidence.ScenarioRecords);
        var coalesced = pairing.Lost.Where(lost => MayCoalesce(lost, pairing)).ToImmutableArray();
        return new JudgingContext(evidence, expected, pairing with { Lost = [.. pairing.Lost.Except(coalesced)] }, coalesced);
    }

    private static bool MayCoalesce(ExpectedEvent lost, EventPairing pairing) =>
        lost.Write.Versioning != BucketVersioning.Enabled &&
        pairing.Matched.Any(m =>
            m.Expected.Write.Key == lost.Write.Key &&
            m.Expected.DestinationName == lost.DestinationName &&
            m.Expected.Write.StartedTimestamp < lost.Write.CompletedTimestamp &&
            lost.Write.StartedTimestamp < m.Expected.Write.CompletedTimestamp);
}
