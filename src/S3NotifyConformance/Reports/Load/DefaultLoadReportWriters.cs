using S3NotifyConformance.Load;

namespace S3NotifyConformance.Reports.Load;

/// <summary>The report files every load run writes.</summary>
public static class DefaultLoadReportWriters
{
    /// <summary>results.json, index.html, summary.md and stats.csv.</summary>
    public static CompositeReportWriter<LoadRunResult> All { get; } = new([new LoadJsonReportWriter(), new LoadHtmlReportWriter(), new LoadMarkdownReportWriter(), new LoadCsvReportWriter()]);

    /// <summary>Everything but results.json: what <c>s3notify report</c> renders again from it.</summary>
    public static CompositeReportWriter<LoadRunResult> Rendered { get; } = new([new LoadHtmlReportWriter(), new LoadMarkdownReportWriter(), new LoadCsvReportWriter()]);

    /// <summary>comparison.md and comparison.html, written by <c>s3notify compare</c>.</summary>
    public static CompositeReportWriter<LoadComparison> Comparison { get; } = new([new ComparisonMarkdownReportWriter(), new ComparisonHtmlReportWriter()]);
}
