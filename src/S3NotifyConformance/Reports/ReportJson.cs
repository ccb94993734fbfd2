using System.Text.Encodings.Web;
using System.Text.Json.Serialization;

namespace S3NotifyConformance.Reports;

/// <summary>The one JSON format of results.json, for writing and reading.</summary>
public static class ReportJson
{
    /// <summary>camelCase, enums as strings, indented.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Reads a results.json; a missing or unreadable file is a clear error.</summary>
    public static RunResult Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no results.json at {path}");
        }

        try
        {
            return JsonSerializer.Deserialize<RunResult>(File.ReadAllText(path), Options) ?? throw new InvalidDataException($"{path} is empty");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a results.json: {e.Message}", e);
        }
    }
}
