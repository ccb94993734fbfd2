namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>Approximate message counts of a queue.</summary>
/// <param name="Visible">ApproximateNumberOfMessages.</param>
/// <param name="InFlight">ApproximateNumberOfMessagesNotVisible.</param>
/// <param name="Delayed">ApproximateNumberOfMessagesDelayed.</param>
internal sealed record SqsQueueCounts(int Visible, int InFlight, int Delayed);
