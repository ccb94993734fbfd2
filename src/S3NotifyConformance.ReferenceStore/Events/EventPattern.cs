using System.Text.Json;
using System.Text.Json.Nodes;

namespace S3NotifyConformance.ReferenceStore.Events;

/// <summary>EventBridge event patterns, the part the harness and most S3 rules use: every field the pattern names must
/// match; an array lists the values that match (exact strings, numbers, booleans), and an object in it may be
/// <c>{"prefix": "…"}</c> or <c>{"exists": bool}</c> ("Event patterns in Amazon EventBridge", EventBridge User Guide).</summary>
internal static class EventPattern
{
    /// <summary>Checks that a pattern is an object of objects and arrays; the reason when it is not.</summary>
    public static string? Validate(JsonNode? pattern) => pattern switch
    {
        JsonObject o when o.Count == 0 => "Empty event pattern",
        JsonObject o => o.Select(p => p.Value switch
        {
            JsonObject => Validate(p.Value),
            JsonArray => null,
            _ => $"Event pattern is not valid. Reason: \"{p.Key}\" must be an object or an array",
        }).FirstOrDefault(r => r is not null),
        _ => "Event pattern is not valid. Reason: Filter is not an object",
    };

    /// <summary>True when <paramref name="node"/> matches <paramref name="pattern"/>.</summary>
    public static bool Matches(JsonObject pattern, JsonNode? node) => pattern.All(p =>
    {
        var value = node is JsonObject o && o.TryGetPropertyValue(p.Key, out var v) ? v : null;
        return p.Value switch
        {
            JsonObject inner => value is JsonObject && Matches(inner, value),
            JsonArray allowed => allowed.Any(a => Allows(a, value, node is JsonObject obj && obj.ContainsKey(p.Key))),
            _ => false,
        };
    });

    private static bool Allows(JsonNode? allowed, JsonNode? value, bool present)
    {
        if (allowed is JsonObject operation)
        {
            if (operation["prefix"] is JsonValue prefix && prefix.TryGetValue<string>(out var start))
            {
                return Text(value) is { } text && text.StartsWith(start, StringComparison.Ordinal);
            }

            return operation["exists"] is JsonValue exists && exists.TryGetValue<bool>(out var wanted) && wanted == present;
        }

        // An array in the event matches when any of its elements does.
        return value is JsonArray many
            ? many.Any(element => Same(allowed, element))
            : Same(allowed, value);
    }

    private static bool Same(JsonNode? allowed, JsonNode? value) =>
        allowed is null ? value is null : value is not null && allowed.GetValueKind() == value.GetValueKind() && allowed.ToJsonString() == value.ToJsonString();

    private static string? Text(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
