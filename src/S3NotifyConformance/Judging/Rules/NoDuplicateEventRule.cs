namespace S3NotifyConformance.Judging.Rules;

/// <summary>No record arrives twice (same key, version or eTag, event name and sequencer). AWS documents at-least-once
/// delivery, so a duplicate is legal on AWS too, but rare; the conformance suite holds the store to none.</summary>
public sealed class NoDuplicateEventRule : RuleBase
{
    /// <inheritdoc />
    public override string Id => "delivery.duplicate";

    /// <inheritdoc />
    public override IEnumerable<Finding> Judge(JudgingContext context) =>
        context.Pairing.Duplicates.Select(d => Fail($"{d.EventName} for key '{d.Key}' on {d.DestinationName}", "delivered once", "delivered again", d) with { Aspect = $"{d.EventName} event" });
}
