namespace S3NotifyConformance.Collection;

/// <summary>Reads only key, eventName and sequencer from a delivered body (direct or inside an SNS envelope), for load runs
/// that must not keep whole bodies. Test events and unreadable bodies yield nothing; the caller counts those.</summary>
public static class EventDigestParser
{
    /// <summary>The records of a body; empty for a test event or a body that is not a notification.</summary>
    public static IReadOnlyList<EventDigest> Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("Type", out var type) && type.ValueEquals("Notification")
                && root.TryGetProperty("Message", out var message) && message.ValueKind == JsonValueKind.String)
            {
                return Parse(message.GetString()!);
            }

            return ReadRecords(root);
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static IReadOnlyList<EventDigest> ReadRecords(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("Records", out var records) || records.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var digests = new List<EventDigest>(records.GetArrayLength());
        foreach (var record in records.EnumerateArray())
        {
            if (record.ValueKind == JsonValueKind.Object && record.TryGetProperty("s3", out var s3) && s3.ValueKind == JsonValueKind.Object
                && s3.TryGetProperty("object", out var obj) && obj.ValueKind == JsonValueKind.Object
                && obj.TryGetProperty("key", out var key) && key.ValueKind == JsonValueKind.String)
            {
                digests.Add(new EventDigest(key.GetString()!, Text(record, "eventName"), Text(obj, "sequencer")));
            }
        }

        return digests;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
