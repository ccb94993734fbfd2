using S3NotifyConformance.Load;
using S3NotifyConformance.Reports.Load;

namespace S3NotifyConformance.Cli;

/// <summary>How compare, merge and report name a load run: a run id under the report folder, a run folder, or a results.json.</summary>
public static class LoadRunArguments
{
    /// <summary>The folder (or file) a value names.</summary>
    public static string Locate(string value, string reportRoot) =>
        File.Exists(value) || Directory.Exists(value) ? value : Path.Combine(reportRoot, value);

    /// <summary>Reads the load run a value names.</summary>
    /// <summary>Reads the load run a value names; a file that is not a complete load run is an <see cref="InvalidDataException"/>
    /// naming it (an input error, never a regression or a crash).</summary>
    public static LoadRunResult Read(string value, string reportRoot)
    {
        var located = Locate(value, reportRoot);
        try
        {
            var run = LoadJsonReportWriter.Read(located);
            if (run.Result?.Requests is null || run.Result.Delivery is null || run.Target is null || run.Settings is null)
            {
                throw new InvalidDataException($"{located} is not a complete load-run results.json: its result, requests, delivery, target or settings section is missing");
            }

            // Every compared metric must be readable (a section cut short throws here, not in the middle of a report).
            foreach (var metric in LoadMetricCatalog.Compared)
            {
                metric.Read(run.Result);
            }

            return run;
        }
        catch (Exception e) when (e is NullReferenceException or InvalidOperationException or System.Text.Json.JsonException or KeyNotFoundException or FormatException or OverflowException or ArgumentException)
        {
            throw new InvalidDataException($"{located} is not a readable load-run results.json: {e.Message}", e);
        }
    }

    /// <summary>The run folder a value names (the folder of a results.json).</summary>
    public static string Folder(string value, string reportRoot)
    {
        var located = Locate(value, reportRoot);
        return Directory.Exists(located) ? located : Path.GetDirectoryName(Path.GetFullPath(located))!;
    }
}
