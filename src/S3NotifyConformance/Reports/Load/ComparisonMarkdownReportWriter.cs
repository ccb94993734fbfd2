using System.Text;
using S3NotifyConformance.Load;
using static S3NotifyConformance.Reports.Load.ComparisonText;

namespace S3NotifyConformance.Reports.Load;

/// <summary>comparison.md: a current load run against a baseline, metric by metric.</summary>
public sealed class ComparisonMarkdownReportWriter : FileReportWriterBase<LoadComparison>
{
    /// <inheritdoc />
    public override string FileName => "comparison.md";

    /// <inheritdoc />
    public override string Render(LoadComparison comparison)
    {
        var b = new StringBuilder();
        b.AppendLine($"# s3notify compare: {Verdict(comparison)}").AppendLine();
        b.AppendLine($"Baseline `{comparison.BaselineRunId}`, current `{comparison.CurrentRunId}`, allowed regression {Bound(comparison)} " +
                     "(and beyond the noise floor: 1 ms, 0.1 percentage points, 1/s).").AppendLine();
        b.AppendLine("| metric | baseline | current | change | |").AppendLine("|---|---:|---:|---:|---|");
        foreach (var d in comparison.Deltas)
        {
            b.AppendLine($"| {d.Metric} | {d.BaselineText} | {d.CurrentText} | {Change(d)} | {(d.IsRegression ? "**REGRESSION**" : Mark(d))} |");
        }

        return b.ToString();
    }
}
