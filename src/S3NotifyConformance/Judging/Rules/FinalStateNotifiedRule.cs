namespace S3NotifyConformance.Judging.Rules;

/// <summary>After simultaneous writes to one unversioned key, AWS may send fewer notifications, but the object's final state
/// must be among those notified ("Configuring Amazon S3 event notifications", User Guide as of 2021: coalescing may leave "a single event notification"; the final
/// write is the one the object shows). The final state is what HeadObject read after the writes.</summary>
public sealed class FinalStateNotifiedRule : RuleBase
{
    /// <inheritdoc />
    public override string Id => "delivery.final-state";

    /// <inheritdoc />
    public override IEnumerable<Finding> Judge(JudgingContext context)
    {
        if (context.Coalesced.IsEmpty)
        {
            yield break;
        }

        foreach (var head in context.Evidence.ScenarioWrites.Where(w => w.Operation == "HeadObject" && w.Outcome.Succeeded && w.ETag is not null))
        {
            var notified = context.Pairing.Matched.Any(m => m.Expected.Write.Key == head.Key && m.Observed.ETag == head.ETag);
            var coalescedHere = context.Coalesced.Any(c => c.Write.Key == head.Key);
            if (coalescedHere && !notified)
            {
                yield return Fail($"key '{head.Key}' after simultaneous writes", $"an event for the final object (eTag {head.ETag})", "none of the events carries it") with
                {
                    Aspect = "final object notified after simultaneous writes",
                };
            }
        }
    }
}
