using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Judging.Rules;

/// <summary>No event arrives that AWS would not send: wrong event type for the configuration, key outside the filter,
/// or no write to explain it.</summary>
public sealed class NoUnexpectedEventRule : RuleBase
{
    /// <inheritdoc />
    public override string Id => "delivery.unexpected";

    /// <inheritdoc />
    public override IEnumerable<Finding> Judge(JudgingContext context)
    {
        var inForce = context.Evidence.Writes.Where(w => w.Notification is not null && w.Outcome.Succeeded).Select(w => w.Notification!).LastOrDefault()
            ?? NotificationSpec.Empty;
        foreach (var e in context.Pairing.Unexpected)
        {
            var why = e.Key is null || e.EventName is null
                ? "the record has no key or no eventName"
                : NotificationOracle.ExplainAbsence(inForce, e.DestinationName, e.EventName, e.Key)
                  ?? (context.Evidence.ScenarioWrites.Any(w => w.Key == e.Key)
                      ? "no write of this key produces this event name"
                      : "no write of this key was made");
            yield return Fail($"{e.EventName} for key '{e.Key}' on {e.DestinationName}", $"no event ({why})", "an event arrived", e, $"unexpected {e.EventName ?? "record"}");
        }
    }
}
