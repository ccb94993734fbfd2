namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>A message as handed out by one receive (values frozen at receive time).</summary>
/// <param name="Message">The message.</param>
/// <param name="ReceiptHandle">The handle for delete / visibility changes.</param>
/// <param name="ReceiveCount">ApproximateReceiveCount.</param>
/// <param name="FirstReceiveTimestamp">ApproximateFirstReceiveTimestamp (epoch ms).</param>
internal sealed record SqsReceivedMessage(SqsMessage Message, string ReceiptHandle, int ReceiveCount, long FirstReceiveTimestamp);
