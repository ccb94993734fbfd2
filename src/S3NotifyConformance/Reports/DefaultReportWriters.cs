namespace S3NotifyConformance.Reports;

/// <summary>The report files every conformance run writes.</summary>
public static class DefaultReportWriters
{
    /// <summary>results.json, junit.xml and summary.md.</summary>
    public static CompositeReportWriter<RunResult> Conformance { get; } = new([new JsonReportWriter(), new JUnitReportWriter(), new MarkdownReportWriter()]);
}
