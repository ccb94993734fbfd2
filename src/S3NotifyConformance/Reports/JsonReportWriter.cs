namespace S3NotifyConformance.Reports;

/// <summary>results.json: the run as data, the source of truth for every other format.</summary>
public sealed class JsonReportWriter : ReportWriterBase
{
    /// <inheritdoc />
    public override string FileName => "results.json";

    /// <inheritdoc />
    public override string Render(RunResult result) => JsonSerializer.Serialize(result, ReportJson.Options) + "\n";
}
