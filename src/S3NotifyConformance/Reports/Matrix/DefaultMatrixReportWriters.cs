namespace S3NotifyConformance.Reports.Matrix;

/// <summary>The files <c>s3notify matrix</c> writes.</summary>
public static class DefaultMatrixReportWriters
{
    /// <summary>matrix.html and matrix.md.</summary>
    public static CompositeReportWriter<StoreMatrix> All { get; } = new([new MatrixHtmlReportWriter(), new MatrixMarkdownReportWriter()]);
}
