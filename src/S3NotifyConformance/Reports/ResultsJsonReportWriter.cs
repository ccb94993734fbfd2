namespace S3NotifyConformance.Reports;

/// <summary>results.json of any run kind: the result as data, in <see cref="ReportJson"/>'s one format.</summary>
/// <typeparam name="TResult">The result: its first property is the <see cref="RunHeader"/>.</typeparam>
public class ResultsJsonReportWriter<TResult> : FileReportWriterBase<TResult>
{
    /// <inheritdoc />
    public override string FileName => RunResultsReader.FileName;

    /// <inheritdoc />
    public override string Render(TResult result) => JsonSerializer.Serialize(result, ReportJson.Options) + "\n";
}
