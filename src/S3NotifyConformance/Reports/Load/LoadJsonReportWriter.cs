using S3NotifyConformance.Load;

namespace S3NotifyConformance.Reports.Load;

/// <summary>results.json of a load run: the run as data, the source of truth for every other format and for merge and compare.</summary>
public sealed class LoadJsonReportWriter : ResultsJsonReportWriter<LoadRunResult>
{
    /// <summary>Reads a load run's results.json, given the file or its run folder (see <see cref="RunResultsReader"/>).</summary>
    public static LoadRunResult Read(string path) => RunResultsReader.ReadLoad(path);
}
