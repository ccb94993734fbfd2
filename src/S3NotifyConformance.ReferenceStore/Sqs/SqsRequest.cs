using System.Text.Json;
using S3NotifyConformance.ReferenceStore.Hosting;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.Sqs;

/// <summary>One SQS JSON request: the parsed body plus the store.</summary>
/// <param name="Body">The JSON body.</param>
/// <param name="Services">Shared store state.</param>
/// <param name="Cancellation">Cancelled when the client disconnects or the store stops.</param>
internal sealed record SqsRequest(JsonElement Body, StoreServices Services, CancellationToken Cancellation)
{
    /// <summary>A string member, or null.</summary>
    public string? String(string name) =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A required string member.</summary>
    public string RequireString(string name) => String(name) ?? throw new SqsException(SqsError.MissingParameter(name));

    /// <summary>An integer member, or null.</summary>
    public int? Int(string name) =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    /// <summary>A member, when present.</summary>
    public JsonElement? Member(string name) =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>A string array member (empty when absent).</summary>
    public IReadOnlyList<string> Strings(string name) =>
        Member(name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList() : [];

    /// <summary>A string map member (empty when absent).</summary>
    public IReadOnlyDictionary<string, string> Map(string name) =>
        Member(name) is { ValueKind: JsonValueKind.Object } map ? map.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString()) : new Dictionary<string, string>();

    /// <summary>The queue QueueUrl points at, or QueueDoesNotExist.</summary>
    public SqsQueue RequireQueue() =>
        Services.Queues.FindByUrl(RequireString("QueueUrl")) ?? throw new SqsException(SqsError.QueueDoesNotExist());
}
