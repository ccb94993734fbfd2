namespace S3NotifyConformance.Tests.ReferenceStoreTests;

/// <summary>Small accessors for record JSON.</summary>
internal static class JsonNodeExtensions
{
    /// <summary>The string at a dotted path, or null.</summary>
    public static string? Text(this JsonNode node, string path) => At(node, path)?.GetValue<object>().ToString();

    /// <summary>True when the object at <paramref name="path"/> has <paramref name="name"/>.</summary>
    public static bool Has(this JsonNode node, string path, string name) => At(node, path) is JsonObject obj && obj.ContainsKey(name);

    /// <summary>The property names of the object at a dotted path, in order.</summary>
    public static IReadOnlyList<string> Keys(this JsonNode node, string path = "") =>
        At(node, path) is JsonObject obj ? obj.Select(p => p.Key).ToList() : [];

    // The node at a dotted path ("" is the node itself), or null where a step is missing.
    private static JsonNode? At(JsonNode node, string path)
    {
        JsonNode? current = node;
        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            current = current?[part];
        }

        return current;
    }
}
