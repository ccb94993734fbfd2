namespace S3NotifyConformance.Judging.Rules;

/// <summary>Every event AWS would send arrives before the delivery deadline (loss).</summary>
public sealed class EveryExpectedEventArrivedRule : RuleBase
{
    /// <inheritdoc />
    public override string Id => "delivery.lost";

    /// <inheritdoc />
    public override IEnumerable<Finding> Judge(JudgingContext context) =>
        context.Pairing.Lost.Select(lost => Fail(lost.ToString(), "one event", "none arrived by the delivery deadline", null, $"{lost.EventName} for {lost.Write.Operation} delivered"));
}
