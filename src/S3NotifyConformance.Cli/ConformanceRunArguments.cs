using System.Text.Json;
using System.Text.Json.Nodes;
using S3NotifyConformance.Reports;

namespace S3NotifyConformance.Cli;

/// <summary>How report, matrix, diff and certify name a conformance run: a run id under the report folder, a run folder, or a results.json.</summary>
public static class ConformanceRunArguments
{
    /// <summary>The results.json a value names.</summary>
    public static string ResultsFile(string value, string reportRoot)
    {
        var located = LoadRunArguments.Locate(value, reportRoot);
        return Directory.Exists(located) ? Path.Combine(located, "results.json") : located;
    }

    /// <summary>True when the results.json a value names is a load run's (its "kind" says so).</summary>
    public static bool IsLoadRun(string value, string reportRoot)
    {
        var file = ResultsFile(value, reportRoot);
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"no results.json at {file}");
        }

        try
        {
            return (string?)JsonNode.Parse(File.ReadAllText(file))?["kind"] == "load";
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{file} is not a results.json: {e.Message}", e);
        }
    }

    /// <summary>Reads the conformance run a value names; a load run or an unreadable file is a clear error.</summary>
    public static RunResult Read(string value, string reportRoot)
    {
        if (IsLoadRun(value, reportRoot))
        {
            throw new InvalidDataException($"{ResultsFile(value, reportRoot)} is a load run's results.json, not a conformance run's (s3notify run writes those)");
        }

        var run = ReportJson.Read(ResultsFile(value, reportRoot));
        return run.Scenarios.IsDefault
            ? throw new InvalidDataException($"{ResultsFile(value, reportRoot)} is not a conformance run's results.json (no scenarios)")
            : run;
    }
}
