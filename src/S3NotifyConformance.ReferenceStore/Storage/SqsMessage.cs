namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>A message in a queue; mutable fields change only under the queue lock.</summary>
internal sealed class SqsMessage
{
    /// <summary>Creates a message.</summary>
    public SqsMessage(long sequence, string messageId, string body, long sentTimestamp, IReadOnlyList<SqsMessageAttribute> attributes, string? traceHeader)
    {
        Sequence = sequence;
        MessageId = messageId;
        Body = body;
        SentTimestamp = sentTimestamp;
        Attributes = attributes;
        TraceHeader = traceHeader;
    }

    /// <summary>Arrival order within the queue.</summary>
    public long Sequence { get; }

    /// <summary>The message id (UUID).</summary>
    public string MessageId { get; }

    /// <summary>The body.</summary>
    public string Body { get; }

    /// <summary>Epoch milliseconds of enqueue (SentTimestamp).</summary>
    public long SentTimestamp { get; }

    /// <summary>User message attributes.</summary>
    public IReadOnlyList<SqsMessageAttribute> Attributes { get; }

    /// <summary>The AWSTraceHeader system attribute, if any.</summary>
    public string? TraceHeader { get; }

    /// <summary>Current state.</summary>
    public SqsMessageState State { get; set; }

    /// <summary>Monotonic milliseconds (Environment.TickCount64) when an invisible message becomes visible.</summary>
    public long VisibleAt { get; set; }

    /// <summary>How many times it was received.</summary>
    public int ReceiveCount { get; set; }

    /// <summary>Epoch milliseconds of the first receive.</summary>
    public long? FirstReceiveTimestamp { get; set; }

    /// <summary>Increments on every receive; part of the receipt handle.</summary>
    public int ReceiptGeneration { get; set; }
}
