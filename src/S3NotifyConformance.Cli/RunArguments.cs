using S3NotifyConformance.Load;
using S3NotifyConformance.Reports;

namespace S3NotifyConformance.Cli;

/// <summary>How report, matrix, diff, compare and merge name a run: a run id under the report folder, a run folder, or a
/// results.json. Reading goes through <see cref="RunResultsReader"/>, so a file that is missing, malformed or of another
/// kind is one line and exit 2 (<see cref="CliErrors"/>).</summary>
public static class RunArguments
{
    /// <summary>The folder (or file) a value names.</summary>
    public static string Locate(string value, string reportRoot) =>
        File.Exists(value) || Directory.Exists(value) ? value : Path.Combine(reportRoot, value);

    /// <summary>The run folder a value names (the folder of a results.json).</summary>
    public static string Folder(string value, string reportRoot)
    {
        var located = Locate(value, reportRoot);
        return Directory.Exists(located) ? located : Path.GetDirectoryName(Path.GetFullPath(located))!;
    }

    /// <summary>Reads the run a value names, whatever its kind.</summary>
    public static ResultsFile Read(string value, string reportRoot) => RunResultsReader.Read(Locate(value, reportRoot));

    /// <summary>Reads the conformance run a value names.</summary>
    public static RunResult ReadConformance(string value, string reportRoot) => Read(value, reportRoot).AsConformance();

    /// <summary>Reads the load run a value names.</summary>
    public static LoadRunResult ReadLoad(string value, string reportRoot) => Read(value, reportRoot).AsLoad();
}
