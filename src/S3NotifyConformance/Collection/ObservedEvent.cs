namespace S3NotifyConformance.Collection;

/// <summary>One record (or test event, or unreadable message) as it arrived at a destination.</summary>
/// <param name="Sequence">Arrival order across the ledger.</param>
/// <param name="DestinationName">The scenario destination it arrived on.</param>
/// <param name="Channel"><c>sqs</c>, <c>sns</c> (unwrapped from an SNS envelope) or <c>webhook</c>.</param>
/// <param name="MessageId">The broker's message id (one message may carry several records).</param>
/// <param name="RecordIndex">Position of the record in the message's <c>Records</c>.</param>
/// <param name="Record">The event record, or null for a test event or an unreadable message.</param>
/// <param name="Envelope">The SNS envelope, without its Message, when the record came through SNS.</param>
/// <param name="TestEvent">The s3:TestEvent body, when this is one.</param>
/// <param name="Problem">Why the message could not be read as notification records, if it could not.</param>
/// <param name="BrokerSentAt">When the broker accepted the message (SQS SentTimestamp), where it says.</param>
public sealed record ObservedEvent(
    long Sequence,
    string DestinationName,
    string Channel,
    string MessageId,
    int RecordIndex,
    JsonObject? Record,
    JsonObject? Envelope,
    JsonObject? TestEvent,
    string? Problem,
    string RawBody,
    long ReceivedTimestamp,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? BrokerSentAt,
    int ReceiveCount)
{
    /// <summary>True when the record is an EventBridge event (<c>detail-type</c>, <c>detail.object</c>) rather than an S3 event record.</summary>
    public bool IsEventBridge => Record is { } r && !r.ContainsKey("Records") && (r.ContainsKey("detail-type") || r.ContainsKey("detail"));

    /// <summary>The record's eventName (without <c>s3:</c>); an EventBridge event's detail-type.</summary>
    public string? EventName => Text(IsEventBridge ? Record!["detail-type"] : Record?["eventName"]);

    /// <summary>The key as the record wrote it (URL-encoded in S3 event records, raw in EventBridge events).</summary>
    public string? EncodedKey => Text(Object?["key"]);

    /// <summary>The raw key, decoded from the record.</summary>
    public string? Key => EncodedKey is { } key ? IsEventBridge ? key : S3KeyEncoding.Decode(key) : null;

    /// <summary>The record's versionId (an EventBridge event's version-id), if present.</summary>
    public string? VersionId => Text(Object?[IsEventBridge ? "version-id" : "versionId"]);

    /// <summary>The record's eTag (an EventBridge event's etag), if present.</summary>
    public string? ETag => Text(Object?[IsEventBridge ? "etag" : "eTag"]);

    /// <summary>The record's sequencer, if present.</summary>
    public string? Sequencer => Text(Object?["sequencer"]);

    /// <summary>The record's configurationId (EventBridge events have none).</summary>
    public string? ConfigurationId => IsEventBridge ? null : Text(Record?["s3"]?["configurationId"]);

    /// <summary>The bucket the record names.</summary>
    public string? Bucket => Text(IsEventBridge ? Record!["detail"]?["bucket"]?["name"] : Record?["s3"]?["bucket"]?["name"]);

    /// <summary>The request id of the S3 call that caused the event.</summary>
    public string? RequestId => Text(IsEventBridge ? Record!["detail"]?["request-id"] : Record?["responseElements"]?["x-amz-request-id"]);

    private JsonNode? Object => IsEventBridge ? Record!["detail"]?["object"] : Record?["s3"]?["object"];

    /// <summary>The identity used to spot duplicates: key, version or eTag, event name and sequencer — and the request id,
    /// because tagging and ACL records carry no sequencer, so two real events on one key differ only there.</summary>
    public string DuplicateIdentity => $"{DestinationName}|{ConfigurationId}|{EncodedKey}|{VersionId ?? ETag}|{EventName}|{Sequencer}|{RequestId}";

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : node?.ToJsonString();
}
