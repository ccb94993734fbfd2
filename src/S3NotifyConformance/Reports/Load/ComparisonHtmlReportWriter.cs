using System.Text;
using S3NotifyConformance.Load;
using static S3NotifyConformance.Reports.Load.HtmlPage;

namespace S3NotifyConformance.Reports.Load;

/// <summary>comparison.html: the comparison as a self-contained page (inline CSS, no scripts).</summary>
public sealed class ComparisonHtmlReportWriter : FileReportWriterBase<LoadComparison>
{
    /// <inheritdoc />
    public override string FileName => "comparison.html";

    /// <inheritdoc />
    public override string Render(LoadComparison comparison)
    {
        var body = new StringBuilder()
            .AppendLine($"<h1>s3notify compare</h1><p>{Verdict(ComparisonText.Verdict(comparison), !comparison.HasRegression)}</p>")
            .AppendLine($"<p>Baseline <code>{E(comparison.BaselineRunId)}</code>, current <code>{E(comparison.CurrentRunId)}</code>, allowed regression {ComparisonText.Bound(comparison)}.</p>")
            .AppendLine(Table(["metric", "baseline", "current", "change", ""], comparison.Deltas.Select(d => new[]
            {
                E(d.Metric), E(d.BaselineText), E(d.CurrentText), E(ComparisonText.Change(d)), d.IsRegression ? Verdict("REGRESSION", false) : d.IsImprovement ? Verdict("improved", true) : string.Empty,
            }), i => i is 1 or 2 or 3));
        return HtmlPage.Render($"s3notify compare {comparison.BaselineRunId} → {comparison.CurrentRunId}", body.ToString());
    }
}
