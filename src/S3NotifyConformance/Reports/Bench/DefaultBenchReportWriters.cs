namespace S3NotifyConformance.Reports.Bench;

/// <summary>The report files a benchmark run writes.</summary>
public static class DefaultBenchReportWriters
{
    /// <summary>results.json and summary.md.</summary>
    public static CompositeReportWriter<BenchResult> All { get; } = new([new ResultsJsonReportWriter<BenchResult>(), new BenchMarkdownReportWriter()]);

    /// <summary>Everything but results.json: what <c>s3notify report</c> renders again from it.</summary>
    public static CompositeReportWriter<BenchResult> Rendered { get; } = new([new BenchMarkdownReportWriter()]);
}
