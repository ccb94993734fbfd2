namespace S3NotifyConformance.Collection;

/// <summary>Reads one delivered message body into observed events: unwraps an SNS envelope, splits <c>Records</c>,
/// recognises s3:TestEvent, and keeps anything unreadable as an event with a problem, so nothing is dropped.</summary>
public static class NotificationMessageParser
{
    /// <summary>What one message carried, before the ledger numbers it.</summary>
    public sealed record Parsed(string Channel, JsonObject? Record, JsonObject? Envelope, JsonObject? TestEvent, string? Problem, int RecordIndex);

    /// <summary>Parses a body delivered to a destination.</summary>
    public static IReadOnlyList<Parsed> Parse(string body, string directChannel)
    {
        JsonObject? root;
        try
        {
            root = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException e)
        {
            return [new Parsed(directChannel, null, null, null, $"body is not JSON: {e.Message}", 0)];
        }

        if (root is null)
        {
            return [new Parsed(directChannel, null, null, null, "body is not a JSON object", 0)];
        }

        if (root["Type"]?.GetValueKind() == JsonValueKind.String && (string?)root["Type"] == "Notification" && root["Message"] is JsonValue message)
        {
            var envelope = root.DeepClone().AsObject();
            envelope.Remove("Message");
            if (!message.TryGetValue<string>(out var inner))
            {
                return [new Parsed("sns", null, envelope, null, "SNS Message is not a JSON string", 0)];
            }

            return ParseInner(inner, "sns", envelope);
        }

        return ParseInner(body, directChannel, null, root);
    }

    private static IReadOnlyList<Parsed> ParseInner(string text, string channel, JsonObject? envelope, JsonObject? parsed = null)
    {
        JsonObject? inner = parsed;
        if (inner is null)
        {
            try
            {
                inner = JsonNode.Parse(text) as JsonObject;
            }
            catch (JsonException e)
            {
                return [new Parsed(channel, null, envelope, null, $"message is not JSON: {e.Message}", 0)];
            }
        }

        if (inner?["Event"] is JsonValue ev && ev.TryGetValue<string>(out var eventName) && eventName == "s3:TestEvent")
        {
            return [new Parsed(channel, null, envelope, inner, null, 0)];
        }

        if (inner?["Records"] is not JsonArray records)
        {
            return [new Parsed(channel, null, envelope, null, "message has no Records array", 0)];
        }

        if (records.Count == 0)
        {
            return [new Parsed(channel, null, envelope, null, "Records is empty", 0)];
        }

        return [.. records.Select((r, i) => r is JsonObject record
            ? new Parsed(channel, record.DeepClone().AsObject(), envelope, null, null, i)
            : new Parsed(channel, null, envelope, null, $"Records[{i}] is not an object", i))];
    }
}
