using System.Text.Json;
using S3NotifyConformance.ReferenceStore.Notifications;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.Sqs;

/// <summary>SendMessage and SendMessageBatch.</summary>
internal static class SendMessageHandler
{
    /// <summary>SendMessage.</summary>
    public static Task<string> HandleAsync(SqsRequest request)
    {
        var queue = request.RequireQueue();
        var (message, attributes) = Send(queue, request.Body);
        return Task.FromResult(JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("MD5OfMessageBody", SqsMd5.OfBody(message.Body));
            if (SqsMd5.OfAttributes(attributes) is { } md5)
            {
                w.WriteString("MD5OfMessageAttributes", md5);
            }

            w.WriteString("MessageId", message.MessageId);
            w.WriteEndObject();
        }));
    }

    /// <summary>SendMessageBatch (1-10 entries with distinct ids).</summary>
    public static Task<string> BatchAsync(SqsRequest request)
    {
        var queue = request.RequireQueue();
        var entries = BatchEntries(request);
        var results = entries.Select(e => (Id: e.GetProperty("Id").GetString()!, Sent: Send(queue, e))).ToList();
        return Task.FromResult(JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("Successful");
            foreach (var (id, (message, attributes)) in results)
            {
                w.WriteStartObject();
                w.WriteString("Id", id);
                w.WriteString("MessageId", message.MessageId);
                w.WriteString("MD5OfMessageBody", SqsMd5.OfBody(message.Body));
                if (SqsMd5.OfAttributes(attributes) is { } md5)
                {
                    w.WriteString("MD5OfMessageAttributes", md5);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("Failed");
            w.WriteEndArray();
            w.WriteEndObject();
        }));
    }

    /// <summary>The Entries of a batch request, validated (count, distinct ids).</summary>
    public static IReadOnlyList<JsonElement> BatchEntries(SqsRequest request)
    {
        var entries = request.Member("Entries") is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray().ToList() : [];
        if (entries.Count == 0)
        {
            throw new SqsException(SqsError.EmptyBatchRequest());
        }

        if (entries.Count > 10)
        {
            throw new SqsException(SqsError.TooManyEntriesInBatchRequest(entries.Count));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var id = entry.TryGetProperty("Id", out var value) ? value.GetString() ?? string.Empty : throw new SqsException(SqsError.MissingParameter("Id"));
            if (!ids.Add(id))
            {
                throw new SqsException(SqsError.BatchEntryIdsNotDistinct(id));
            }
        }

        return entries;
    }

    private static (SqsMessage Message, IReadOnlyList<SqsMessageAttribute> Attributes) Send(SqsQueue queue, JsonElement body)
    {
        var text = body.TryGetProperty("MessageBody", out var b) ? b.GetString() : null;
        if (string.IsNullOrEmpty(text))
        {
            throw new SqsException(SqsError.MissingParameter("MessageBody"));
        }

        var attributes = Attributes(body, "MessageAttributes");
        var size = Encoding.UTF8.GetByteCount(text) + attributes.Sum(a => a.Name.Length + a.DataType.Length + (a.StringValue?.Length ?? a.BinaryValue?.Length ?? 0));
        if (size > queue.MaximumMessageSize)
        {
            throw new SqsException(SqsError.InvalidParameterValue($"One or more parameters are invalid. Reason: Message must be shorter than {queue.MaximumMessageSize} bytes."));
        }

        var trace = Attributes(body, "MessageSystemAttributes").FirstOrDefault(a => a.Name == "AWSTraceHeader")?.StringValue;
        int? delay = body.TryGetProperty("DelaySeconds", out var d) && d.ValueKind == JsonValueKind.Number ? d.GetInt32() : null;
        return (queue.Enqueue(text, attributes, trace, delay), attributes);
    }

    private static IReadOnlyList<SqsMessageAttribute> Attributes(JsonElement body, string member)
    {
        if (!body.TryGetProperty(member, out var map) || map.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        return map.EnumerateObject().Select(p => new SqsMessageAttribute(
            p.Name,
            p.Value.TryGetProperty("DataType", out var type) ? type.GetString() ?? "String" : "String",
            p.Value.TryGetProperty("StringValue", out var s) ? s.GetString() : null,
            p.Value.TryGetProperty("BinaryValue", out var bin) ? bin.GetBytesFromBase64() : null)).ToList();
    }
}
