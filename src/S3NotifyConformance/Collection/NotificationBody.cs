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

    // The same checks as a tree of names, walked once per record: every object on a checked path is enumerated once instead
    // of looked up once per path (a record has some 25 checked paths).
    private static readonly Shape RecordShape = Shape.Of(Containers, Texts);

    private static readonly Shape EventBridgeShape = Shape.Of(EventBridgeContainers, EventBridgeTexts);

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
            var problem = RecordProblem(content, EventBridgeShape) is { } p ? $"EventBridge event {p}" : null;
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
            read.Add(new NotificationRecord(read.Count, record, RecordProblem(record, RecordShape) is { } p ? $"Records[{read.Count}] {p}" : null));
        }

        return new NotificationBody(channel, null, outer, inner, envelope, null, read.MoveToImmutable(), records);
    }

    /// <summary>True for an EventBridge event (<c>detail-type</c> or a <c>detail</c> object, and no <c>Records</c>).</summary>
    public static bool IsEventBridgeEvent(JsonElement content) =>
        !content.TryGetProperty("Records", out _) && (content.TryGetProperty("detail-type", out _) || content.TryGetProperty("detail", out _));

    // The first failing check in the order of the lists (containers, then texts), as checking them one after the other would
    // find: a path is reached only through objects, and an element of the wrong kind fails its check (JSON null passes).
    private static string? RecordProblem(JsonElement record, Shape shape)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            return $"is not an object (it is {Kind(record)})";
        }

        var first = (Order: int.MaxValue, Node: (Shape.Node?)null, Found: default(JsonElement));
        Walk(record, shape.Roots, ref first);
        return first.Node is not { } node
            ? null
            : node.ContainerOrder >= 0 && first.Order == node.ContainerOrder
                ? $"has {node.Path} as {Kind(first.Found)}, where AWS sends an object"
                : $"has {node.Path} as {Kind(first.Found)}, where AWS sends a string";
    }

    private static void Walk(JsonElement element, Shape.Node[] nodes, ref (int Order, Shape.Node? Node, JsonElement Found) first)
    {
        foreach (var property in element.EnumerateObject())
        {
            foreach (var node in nodes)
            {
                if (!property.NameEquals(node.Name))
                {
                    continue;
                }

                var value = property.Value;
                var kind = value.ValueKind;
                if (node.ContainerOrder >= 0 && kind is not (JsonValueKind.Object or JsonValueKind.Null) && node.ContainerOrder < first.Order)
                {
                    first = (node.ContainerOrder, node, value);
                }

                if (node.TextOrder >= 0 && kind is not (JsonValueKind.String or JsonValueKind.Null) && node.TextOrder < first.Order)
                {
                    first = (node.TextOrder, node, value);
                }

                if (node.Children.Length > 0 && kind == JsonValueKind.Object)
                {
                    Walk(value, node.Children, ref first);
                }

                break;
            }
        }
    }

    /// <summary>Checked paths as a tree: each node a name, whether it is checked as a container or a text (its place in the
    /// order the checks are listed, or -1), and the names checked below it.</summary>
    private sealed class Shape
    {
        public required Node[] Roots { get; init; }

        public static Shape Of((string Path, string[] Names)[] containers, (string Path, string[] Names)[] texts)
        {
            var checks = containers.Select((c, i) => (c.Path, c.Names, Container: i, Text: -1))
                .Concat(texts.Select((t, i) => (t.Path, t.Names, Container: -1, Text: containers.Length + i))).ToList();
            return new Shape { Roots = Build(checks, 0, string.Empty) };
        }

        private static Node[] Build(List<(string Path, string[] Names, int Container, int Text)> checks, int depth, string prefix) =>
        [
            .. checks.Where(c => c.Names.Length > depth && string.Join('.', c.Names.Take(depth)) == prefix)
                .GroupBy(c => c.Names[depth])
                .Select(g =>
                {
                    var path = depth == 0 ? g.Key : $"{prefix}.{g.Key}";
                    var own = g.Where(c => c.Names.Length == depth + 1).ToList();
                    return new Node(
                        g.Key, path, own.Select(c => c.Container).DefaultIfEmpty(-1).Max(), own.Select(c => c.Text).DefaultIfEmpty(-1).Max(),
                        Build(checks, depth + 1, path));
                }),
        ];

        public sealed record Node(string Name, string Path, int ContainerOrder, int TextOrder, Node[] Children);
    }

    private static (string, string[])[] Paths(params string[] paths) => [.. paths.Select(p => (p, p.Split('.')))];

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
