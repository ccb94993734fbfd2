namespace S3NotifyConformance.Reports;

/// <summary>The report files every conformance run writes.</summary>
public static class DefaultReportWriters
{
    /// <summary>results.json, junit.xml, summary.md and index.html.</summary>
    public static CompositeReportWriter<RunResult> Conformance { get; } =
        new([new JsonReportWriter(), new JUnitReportWriter(), new MarkdownReportWriter(), new ConformanceHtmlReportWriter()]);

    /// <summary>Everything but results.json: what <c>s3notify report</c> renders again from it.</summary>
    public static CompositeReportWriter<RunResult> Rendered { get; } =
        new([new JUnitReportWriter(), new MarkdownReportWriter(), new ConformanceHtmlReportWriter()]);
}
