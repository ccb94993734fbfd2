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

    /// <summary>Reads a conformance run's results.json (see <see cref="RunResultsReader"/>, which reads every kind).</summary>
    public static RunResult Read(string path) => RunResultsReader.ReadConformance(path);
}
