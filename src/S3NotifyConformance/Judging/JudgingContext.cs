namespace S3NotifyConformance.Judging;

/// <summary>The evidence plus what every rule needs computed once: the expected events and their pairing.</summary>
public sealed record JudgingContext(Evidence Evidence, ImmutableArray<ExpectedEvent> Expected, EventPairing Pairing)
{
    /// <summary>Computes the oracle and the pairing for a scenario's evidence.</summary>
    public static JudgingContext From(Evidence evidence)
    {
        var expected = NotificationOracle.Expect(evidence);
        return new JudgingContext(evidence, expected, EventPairing.Pair(expected, evidence.ScenarioRecords));
    }
}
