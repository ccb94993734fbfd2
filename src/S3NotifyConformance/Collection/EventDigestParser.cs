namespace S3NotifyConformance.Collection;

/// <summary>Reads only key, eventName and sequencer from a delivered body (direct or inside an SNS envelope), for load runs
/// that must not keep whole bodies. It reads through <see cref="NotificationBody"/>, as the conformance path does, so a body
/// unreadable there is unreadable here, with the same reason.</summary>
public static class EventDigestParser
{
    /// <summary>The records of a body, and why any part of it could not be read.</summary>
    public static EventDigests Parse(string body)
    {
        using var read = NotificationBody.Read(body, "sqs");
        if (read.Problem is { } problem)
        {
            return new EventDigests([], false, [problem]);
        }

        if (read.TestEvent is not null)
        {
            return new EventDigests([], true, []);
        }

        var digests = new List<EventDigest>(read.Records.Length);
        List<string>? problems = null;
        foreach (var (index, record, recordProblem) in read.Records)
        {
            if (recordProblem is not null)
            {
                (problems ??= []).Add(recordProblem);
            }
            else if (record.TryGetProperty("s3", out var s3) && s3.ValueKind == JsonValueKind.Object
                && s3.TryGetProperty("object", out var obj) && obj.ValueKind == JsonValueKind.Object
                && obj.TryGetProperty("key", out var key) && key.ValueKind == JsonValueKind.String)
            {
                digests.Add(new EventDigest(key.GetString()!, Text(record, "eventName"), Text(obj, "sequencer")));
            }
            else
            {
                (problems ??= []).Add($"Records[{index}] has no s3.object.key, so it names no write");
            }
        }

        return new EventDigests(digests, false, problems ?? (IReadOnlyList<string>)[]);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
