using System.Text;
using S3NotifyConformance.Load;
using static S3NotifyConformance.Reports.Load.HtmlPage;

namespace S3NotifyConformance.Reports.Load;

/// <summary>index.html of a load run: verdict and thresholds, four charts (percentile curve, latency and throughput over time,
/// duplicates and losses over time), the numbers behind them. Self-contained: inline SVG and CSS, no scripts.</summary>
public sealed class LoadHtmlReportWriter : LoadReportWriterBase
{
    /// <inheritdoc />
    public override string FileName => "index.html";

    /// <inheritdoc />
    public override string Render(LoadRunResult result)
    {
        var r = result.Result;
        var b = new StringBuilder();
        b.AppendLine($"<h1>s3notify load run {E(result.RunId)}</h1>");
        b.AppendLine($"<p>{Verdict(LoadReportTables.Verdict(result), result.Succeeded)} <span class=\"muted\">{E(result.Tool)}, started {result.StartedAt:yyyy-MM-dd HH:mm:ss} UTC</span></p>");
        if (!result.Thresholds.IsEmpty)
        {
            b.AppendLine("<h2>Thresholds</h2>");
            b.AppendLine(Table(["", "threshold", "actual"], result.Thresholds.Select(t => new[]
            {
                Verdict(t.Passed ? "pass" : "FAIL", t.Passed), $"<code>{E(t.Threshold)}</code>", E(t.ActualText),
            }), i => i == 2));
        }

        b.AppendLine("<h2>Charts</h2><div class=\"charts\">");
        foreach (var (id, svg) in new[]
                 {
                     ("chart-percentiles", LoadCharts.PercentileCurve(r)), ("chart-latency", LoadCharts.LatencyOverTime(r)),
                     ("chart-throughput", LoadCharts.ThroughputOverTime(r)), ("chart-duplicates-losses", LoadCharts.DuplicatesAndLosses(r)),
                 })
        {
            b.AppendLine($"<figure class=\"chart\" id=\"{id}\">{svg}</figure>");
        }

        b.AppendLine("</div>");
        b.AppendLine("<h2>Overview</h2>");
        b.AppendLine(Table(["", ""], LoadReportTables.Overview(result).Select(row => new[] { E(row.Label), E(row.Value) })));
        b.AppendLine("<h2>Latency (ms)</h2>");
        b.AppendLine(Table(
            [string.Empty, .. LoadReportTables.LatencyColumns],
            LoadReportTables.Latencies(result).Select(row => new[] { $"<b>{E(row.Name)}</b><br><span class=\"muted\">{E(row.Meaning)}</span>" }.Concat(LoadReportTables.LatencyCells(row.Stats))),
            i => i > 0));
        if (LoadReportTables.FaultRows(r) is { IsEmpty: false } faults)
        {
            b.AppendLine("<h2>Faults</h2>");
            b.AppendLine($"<p class=\"muted\">{E(LoadReportTables.FaultLegend)} Shaded on the time charts.</p>");
            b.AppendLine(Table([.. LoadReportTables.FaultColumns], faults.Select(row => row.Select(E)), i => i > 1));
            b.AppendLine($"<ul>{string.Concat(r.Faults.Select(f => f.Window).DistinctBy(w => w.AppliedTo).Select(w => $"<li>{E(w.Kind)}: applied to {E(w.AppliedTo)}</li>"))}</ul>");
        }

        AppendList(b, "Errors", r.Errors.Select(e => $"{e.Count} × {e.Error}"));
        AppendList(b, "Problems", result.Problems.Concat(result.CleanupFailures));
        b.AppendLine("<p class=\"muted\">Rendered from results.json; histograms there merge losslessly (s3notify merge).</p>");
        return HtmlPage.Render($"s3notify load {result.RunId}", b.ToString());
    }

    private static void AppendList(StringBuilder b, string title, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count > 0)
        {
            b.AppendLine($"<h2>{title}</h2><ul>{string.Concat(list.Select(i => $"<li>{E(i)}</li>"))}</ul>");
        }
    }
}
