using S3NotifyConformance.Load;

namespace S3NotifyConformance.Reports.Load;

/// <summary>results.json of a load run: the run as data, the source of truth for every other format and for merge and compare.</summary>
public sealed class LoadJsonReportWriter : LoadReportWriterBase
{
    /// <inheritdoc />
    public override string FileName => "results.json";

    /// <inheritdoc />
    public override string Render(LoadRunResult result) => JsonSerializer.Serialize(result, ReportJson.Options) + "\n";

    /// <summary>Reads a load run's results.json, given the file or its run folder; a conformance results.json is a clear error.</summary>
    public static LoadRunResult Read(string path)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, "results.json") : path;
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"no results.json at {file}");
        }

        try
        {
            var node = JsonNode.Parse(File.ReadAllText(file));
            if ((string?)node?["kind"] != "load")
            {
                throw new InvalidDataException($"{file} is not the results.json of a load run (s3notify load writes those)");
            }

            return node.Deserialize<LoadRunResult>(ReportJson.Options) ?? throw new InvalidDataException($"{file} is empty");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{file} is not a load run's results.json: {e.Message}", e);
        }
    }
}
