namespace S3NotifyConformance.Judging.Rules;

/// <summary>A write's event carries the event name AWS sends for the request made (see <see cref="NotificationOracle"/>): a
/// store that answered a write with another name of the same category (<c>ObjectRemoved:Delete</c> for a delete that made a
/// delete marker) gets one finding on that write, not a lost event plus an unexpected one.</summary>
public sealed class EventNameRule : RuleBase
{
    /// <inheritdoc />
    public override string Id => "record.event-name";

    /// <inheritdoc />
    public override IEnumerable<Finding> Judge(JudgingContext context) =>
        context.Pairing.Renamed.Select(r => r.Expected.IsEventBridge
            ? Fail($"{r.Expected} detail-type", r.Expected.EventName, r.Observed.EventName ?? "(absent)", r.Observed, $"{r.Expected.Cause} detail-type", "detail-type")
            : Fail($"{r.Expected} eventName", r.Expected.EventName, r.Observed.EventName ?? "(absent)", r.Observed, $"{r.Expected.Write.Operation} eventName", "eventName"));
}
