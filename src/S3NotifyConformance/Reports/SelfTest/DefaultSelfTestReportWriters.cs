namespace S3NotifyConformance.Reports.SelfTest;

/// <summary>The report files every self-test writes.</summary>
public static class DefaultSelfTestReportWriters
{
    /// <summary>results.json and summary.md.</summary>
    public static CompositeReportWriter<SelfTestResult> All { get; } = new([new SelfTestJsonReportWriter(), new SelfTestMarkdownReportWriter()]);

    /// <summary>Everything but results.json: what <c>s3notify report</c> renders again from it.</summary>
    public static CompositeReportWriter<SelfTestResult> Rendered { get; } = new([new SelfTestMarkdownReportWriter()]);
}
