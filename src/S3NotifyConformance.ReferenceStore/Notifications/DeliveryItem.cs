namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>One message on its way from S3 to a destination; duplicates reuse the same item so bodies stay identical.</summary>
/// <param name="Kind">The destination kind.</param>
/// <param name="DestinationArn">The queue, topic or function ARN.</param>
/// <param name="Body">The SQS body, or the SNS Message for topics.</param>
/// <param name="TraceHeader">X-Amzn-Trace-Id of the triggering request (AWSTraceHeader, SQS::test_xray_header).</param>
/// <param name="IsTestEvent">True for s3:TestEvent: never faulted, never counted.</param>
/// <param name="EmittedAt">Stopwatch timestamp of emission.</param>
/// <param name="SnsMessageId">MessageId of the SNS envelope (topics only).</param>
/// <param name="SnsTimestamp">Timestamp of the SNS envelope (topics only).</param>
internal sealed record DeliveryItem(
    DestinationKind Kind,
    string DestinationArn,
    string Body,
    string? TraceHeader,
    bool IsTestEvent,
    long EmittedAt,
    string SnsMessageId,
    DateTimeOffset SnsTimestamp)
{
    /// <summary>SNS Subject S3 uses for every notification (SNS::test_object_created_put).</summary>
    public const string S3Subject = "Amazon S3 Notification";

    /// <summary>The event name of the record (without "s3:"), for the delivery faults that pick events by type; null for test events.</summary>
    public string? EventName { get; init; }

    /// <summary>The raw object key of the record, for the delivery faults that keep one key's order; null for test events.</summary>
    public string? Key { get; init; }

    /// <summary>True once a slow destination has held this message back (it is slowed once, not at every attempt).</summary>
    public bool Slowed { get; init; }
}
