namespace S3NotifyConformance.Collection;

/// <summary>Reads one delivered message body into observed events (through <see cref="NotificationBody"/>): unwraps an SNS
/// envelope, splits <c>Records</c>, recognises s3:TestEvent, and keeps anything unreadable as an event with a problem, so
/// nothing is dropped and nothing throws.</summary>
public static class NotificationMessageParser
{
    /// <summary>What one message carried, before the ledger numbers it.</summary>
    public sealed record Parsed(string Channel, JsonObject? Record, JsonObject? Envelope, JsonObject? TestEvent, string? Problem, int RecordIndex);

    /// <summary>Parses a body delivered to a destination.</summary>
    public static IReadOnlyList<Parsed> Parse(string body, string directChannel)
    {
        using var read = NotificationBody.Read(body, directChannel);
        var envelope = read.Envelope is { } outer ? Node(outer) : null;
        envelope?.Remove("Message");
        if (read.Problem is { } problem)
        {
            return [new Parsed(read.Channel, null, envelope, null, problem, 0)];
        }

        if (read.TestEvent is { } testEvent)
        {
            return [new Parsed(read.Channel, null, envelope, Node(testEvent), null, 0)];
        }

        // Several records are copied out of the pooled document in one piece (the Records array), not one copy each.
        var copies = read.Records.Length > 1 && read.RecordArray is { } array ? [.. array.Clone().EnumerateArray()] : (JsonElement[]?)null;
        return [.. read.Records.Select(r => r.Problem is null
            ? new Parsed(read.Channel, copies is null ? Node(r.Record) : JsonObject.Create(copies[r.Index])!, envelope, null, null, r.Index)
            : new Parsed(read.Channel, null, envelope, null, r.Problem, r.Index))];
    }

    // A copy independent of the body's document, which is returned to the pool on dispose.
    private static JsonObject Node(JsonElement element) => JsonObject.Create(element.Clone())!;
}
