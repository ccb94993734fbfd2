namespace S3NotifyConformance.Collection;

/// <summary>One delivered body read the single way every path reads it (SQS, SNS → SQS envelopes, the webhook, load runs):
/// parsed by <see cref="NotificationJson"/>, an SNS envelope unwrapped, a test event recognised, <c>Records</c> split, and each
/// record's containers and text fields checked against the types of AWS's event message structure, so no rule downstream
/// meets a string where it reads an object. Whatever cannot be read carries the reason; nothing throws. Elements are valid
/// until disposed.</summary>
public sealed class NotificationBody : IDisposable
{
    // "Event message structure", https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html;
    // parents before children. JSON null is let through: judging reads it as absent and says so.
    private static readonly (string Path, string[] Names)[] Containers = Paths(
        "userIdentity", "requestParameters", "responseElements", "s3", "s3.bucket", "s3.bucket.ownerIdentity", "s3.object");

    private static readonly (string Path, string[] Names)[] Texts = Paths(
        "eventVersion", "eventSource", "awsRegion", "eventTime", "eventName", "userIdentity.principalId", "requestParameters.sourceIPAddress",
        "responseElements.x-amz-request-id", "responseElements.x-amz-id-2", "s3.s3SchemaVersion", "s3.configurationId", "s3.bucket.name",
        "s3.bucket.ownerIdentity.principalId", "s3.bucket.arn", "s3.object.key", "s3.object.eTag", "s3.object.versionId", "s3.object.sequencer");

    // "EventBridge event message structure", https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html.
    private static readonly (string Path, string[] Names)[] EventBridgeContainers = Paths("detail", "detail.bucket", "detail.object");

    private static readonly (string Path, string[] Names)[] EventBridgeTexts = Paths(
        "version", "id", "detail-type", "source", "account", "time", "region", "detail.version", "detail.bucket.name", "detail.object.key",
        "detail.object.etag", "detail.object.version-id", "detail.object.sequencer", "detail.request-id", "detail.requester", "detail.source-ip-address");

    private readonly JsonDocument? _outer;
    private readonly JsonDocument? _inner;

    private NotificationBody(string channel, string? problem, JsonDocument? outer, JsonDocument? inner, JsonElement? envelope, JsonElement? testEvent, ImmutableArray<NotificationRecord> records, JsonElement? recordArray = null)
    {
        RecordArray = recordArray;
        Channel = channel;
        Problem = problem;
        _outer = outer;
        _inner = inner;
        Envelope = envelope;
        TestEvent = testEvent;
        Records = records;
    }

    /// <summary>The channel the records came through: the direct one, or <c>sns</c> when unwrapped from an SNS envelope.</summary>
    public string Channel { get; }

    /// <summary>Why the body as a whole cannot be read as notification records; null when it can (records may still have problems).</summary>
    public string? Problem { get; }

    /// <summary>The SNS envelope (with its Message), when the body was one.</summary>
    public JsonElement? Envelope { get; }

    /// <summary>The s3:TestEvent body, when this is one.</summary>
    public JsonElement? TestEvent { get; }

    /// <summary>The records, each with its problem if it has one.</summary>
    public ImmutableArray<NotificationRecord> Records { get; }

    /// <summary>The <c>Records</c> array the records are the items of (in order), when the body has one.</summary>
    public JsonElement? RecordArray { get; }

    /// <summary>Reads a body delivered on <paramref name="directChannel"/> (<c>sqs</c> or <c>webhook</c>).</summary>
    public static NotificationBody Read(string body, string directChannel)
    {
        var outer = NotificationJson.TryParse(body, out var problem);
        if (outer is null)
        {
            return Unreadable(directChannel, $"body {problem}", null, null, null);
        }

        var root = outer.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Unreadable(directChannel, $"body is not a JSON object (it is {Kind(root)})", outer, null, null);
        }

        if (root.TryGetProperty("Type", out var type) && type.ValueKind == JsonValueKind.String && type.ValueEquals("Notification")
            && root.TryGetProperty("Message", out var message))
        {
            if (message.ValueKind != JsonValueKind.String)
            {
                return Unreadable("sns", $"SNS Message is not a JSON string (it is {Kind(message)})", outer, null, root);
            }

            var inner = NotificationJson.TryParse(message.GetString()!, out problem);
            return inner is null
                ? Unreadable("sns", $"SNS Message {problem}", outer, null, root)
                : ReadContent("sns", outer, inner, root, inner.RootElement);
        }

        return ReadContent(directChannel, outer, null, null, root);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _inner?.Dispose();
        _outer?.Dispose();
    }

    private static NotificationBody ReadContent(string channel, JsonDocument outer, JsonDocument? inner, JsonElement? envelope, JsonElement content)
    {
        if (content.ValueKind != JsonValueKind.Object)
        {
            return Unreadable(channel, $"message is not a JSON object (it is {Kind(content)})", outer, inner, envelope);
        }

        if (IsEventBridgeEvent(content))
        {
            // An EventBridge event a rule routed to the queue: one event per message, the event itself the record.
            var problem = RecordProblem(content, EventBridgeContainers, EventBridgeTexts) is { } p ? $"EventBridge event {p}" : null;
            return new NotificationBody(channel, null, outer, inner, envelope, null, [new NotificationRecord(0, content, problem)]);
        }

        if (content.TryGetProperty("Event", out var ev) && ev.ValueKind == JsonValueKind.String && ev.ValueEquals("s3:TestEvent"))
        {
            return new NotificationBody(channel, null, outer, inner, envelope, content, []);
        }

        if (!content.TryGetProperty("Records", out var records) || records.ValueKind != JsonValueKind.Array)
        {
            return Unreadable(channel, "message has no Records array", outer, inner, envelope);
        }

        if (records.GetArrayLength() == 0)
        {
            return Unreadable(channel, "Records is empty", outer, inner, envelope);
        }

        var read = ImmutableArray.CreateBuilder<NotificationRecord>(records.GetArrayLength());
        foreach (var record in records.EnumerateArray())
        {
            read.Add(new NotificationRecord(read.Count, record, RecordProblem(record, Containers, Texts) is { } p ? $"Records[{read.Count}] {p}" : null));
        }

        return new NotificationBody(channel, null, outer, inner, envelope, null, read.MoveToImmutable(), records);
    }

    /// <summary>True for an EventBridge event (<c>detail-type</c> or a <c>detail</c> object, and no <c>Records</c>).</summary>
    public static bool IsEventBridgeEvent(JsonElement content) =>
        !content.TryGetProperty("Records", out _) && (content.TryGetProperty("detail-type", out _) || content.TryGetProperty("detail", out _));

    private static string? RecordProblem(JsonElement record, (string Path, string[] Names)[] containers, (string Path, string[] Names)[] texts)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            return $"is not an object (it is {Kind(record)})";
        }

        foreach (var (path, names) in containers)
        {
            if (Find(record, names) is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) } found)
            {
                return $"has {path} as {Kind(found)}, where AWS sends an object";
            }
        }

        foreach (var (path, names) in texts)
        {
            if (Find(record, names) is { ValueKind: not (JsonValueKind.String or JsonValueKind.Null) } found)
            {
                return $"has {path} as {Kind(found)}, where AWS sends a string";
            }
        }

        return null;
    }

    private static (string, string[])[] Paths(params string[] paths) => [.. paths.Select(p => (p, p.Split('.')))];

    private static JsonElement? Find(JsonElement record, string[] names)
    {
        var current = record;
        foreach (var name in names)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return null;
            }
        }

        return current;
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static NotificationBody Unreadable(string channel, string problem, JsonDocument? outer, JsonDocument? inner, JsonElement? envelope) =>
        new(channel, problem, outer, inner, envelope, null, []);
}
