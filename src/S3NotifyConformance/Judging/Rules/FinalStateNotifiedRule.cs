using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Judging.Rules;

/// <summary>After simultaneous writes to one unversioned key, AWS may send fewer notifications, but the object's final state
/// must be among those notified (EventNotifications page: coalescing may leave "a single event notification"; the final
/// write is the one the object shows). The final state is what HeadObject read after the writes. Where some of the key's
/// writes were notified but not the final state, the missing events are lost, not coalesced, and this rule says why.</summary>
public sealed class FinalStateNotifiedRule : RuleBase
{
    /// <inheritdoc />
    public override string Id => "delivery.final-state";

    /// <inheritdoc />
    public override IEnumerable<Finding> Judge(JudgingContext context)
    {
        var lostOverlapping = context.Pairing.Lost
            .Where(l => l.Write.Versioning != BucketVersioning.Enabled && l.EventName.StartsWith("ObjectCreated:", StringComparison.Ordinal))
            .Select(l => (l.Write.Key, l.DestinationName)).Distinct();
        foreach (var (key, destination) in lostOverlapping)
        {
            var head = context.Evidence.ScenarioWrites.LastOrDefault(w => w.Operation == "HeadObject" && w.Key == key && w.Outcome.Succeeded && w.ETag is not null);
            var someNotified = context.Pairing.Matched.Any(m => m.Expected.Write.Key == key && m.Expected.DestinationName == destination);
            if (head is not null && someNotified && !JudgingContext.FinalStateNotified(context.Pairing, context.Evidence, key!, destination))
            {
                yield return Fail($"key '{key}' after simultaneous writes on {destination}", $"an event for the final object (eTag {head.ETag})", "none of the events carries it",
                    null, "final object notified after simultaneous writes") with { ExpectedClass = "an event for the final object", ActualClass = "none" };
            }
        }
    }
}
