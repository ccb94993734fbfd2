namespace S3NotifyConformance.Collection;

/// <summary>One message as a destination handed it over, before anyone parses its body.</summary>
/// <param name="DestinationName">The destination it arrived on.</param>
/// <param name="Channel"><c>sqs</c> or <c>webhook</c>: how it reached the harness.</param>
/// <param name="MessageId">The broker's message id.</param>
/// <param name="Body">The raw body.</param>
/// <param name="ReceivedTimestamp">Monotonic receive time (Stopwatch ticks of the harness clock).</param>
/// <param name="ReceivedAt">Wall-clock receive time.</param>
/// <param name="BrokerSentAt">When the broker accepted the message (SQS SentTimestamp), where it says.</param>
/// <param name="ReceiveCount">How often the broker has handed this message out (SQS ApproximateReceiveCount).</param>
/// <param name="Problem">Why the body could not even be read as text (the webhook's bytes were not UTF-8), if so; the body then
/// holds the text with replacement characters, for the excerpt.</param>
public sealed record DeliveredMessage(
    string DestinationName,
    string Channel,
    string MessageId,
    string Body,
    long ReceivedTimestamp,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? BrokerSentAt,
    int ReceiveCount,
    string? Problem = null)
{
    /// <summary>The body already read by <see cref="NotificationMessageParser.Parse"/> on <see cref="Channel"/>, when the receiver
    /// read it so (for a sink that <see cref="IEventSink.ReadsWholeRecords"/>); null when the sink is to read it.</summary>
    public IReadOnlyList<NotificationMessageParser.Parsed>? Parsed { get; init; }
}
