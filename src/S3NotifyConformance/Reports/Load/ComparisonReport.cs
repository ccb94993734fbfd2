using System.Globalization;
using System.Text;
using S3NotifyConformance.Load;
using static S3NotifyConformance.Reports.Load.HtmlPage;

namespace S3NotifyConformance.Reports.Load;

/// <summary>comparison.md and comparison.html: a current load run against a baseline, metric by metric.</summary>
public static class ComparisonReport
{
    /// <summary>The markdown file name.</summary>
    public const string MarkdownFileName = "comparison.md";

    /// <summary>The HTML file name.</summary>
    public const string HtmlFileName = "comparison.html";

    /// <summary>One-line verdict.</summary>
    public static string Verdict(LoadComparison comparison) => comparison.HasRegression
        ? $"{comparison.Deltas.Count(d => d.IsRegression)} metric(s) regressed beyond {Bound(comparison)}"
        : $"no regression beyond {Bound(comparison)}";

    /// <summary>The change column's text: <c>+12.5%</c>, or the absolute change when the baseline is 0.</summary>
    public static string Change(MetricDelta delta) => delta.RelativeChange is { } r
        ? (r >= 0 ? "+" : string.Empty) + (r * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%"
        : delta.Current == delta.Baseline ? "±0" : $"from 0 to {delta.CurrentText}";

    /// <summary>regression, improvement, or blank.</summary>
    public static string Mark(MetricDelta delta) => delta.IsRegression ? "REGRESSION" : delta.IsImprovement ? "improved" : string.Empty;

    /// <summary>The comparison as markdown.</summary>
    public static string RenderMarkdown(LoadComparison comparison)
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

    /// <summary>The comparison as a self-contained page.</summary>
    public static string RenderHtml(LoadComparison comparison)
    {
        var body = new StringBuilder()
            .AppendLine($"<h1>s3notify compare</h1><p>{HtmlPage.Verdict(Verdict(comparison), !comparison.HasRegression)}</p>")
            .AppendLine($"<p>Baseline <code>{E(comparison.BaselineRunId)}</code>, current <code>{E(comparison.CurrentRunId)}</code>, allowed regression {Bound(comparison)}.</p>")
            .AppendLine(Table(["metric", "baseline", "current", "change", ""], comparison.Deltas.Select(d => new[]
            {
                E(d.Metric), E(d.BaselineText), E(d.CurrentText), E(Change(d)), d.IsRegression ? HtmlPage.Verdict("REGRESSION", false) : d.IsImprovement ? HtmlPage.Verdict("improved", true) : string.Empty,
            }), i => i is 1 or 2 or 3));
        return Render($"s3notify compare {comparison.BaselineRunId} → {comparison.CurrentRunId}", body.ToString());
    }

    /// <summary>Writes both files into <paramref name="directory"/>.</summary>
    public static async Task WriteAsync(LoadComparison comparison, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, MarkdownFileName), RenderMarkdown(comparison), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, HtmlFileName), RenderHtml(comparison), cancellationToken);
    }

    private static string Bound(LoadComparison comparison) => (comparison.MaxRegression * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
