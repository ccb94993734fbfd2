using System.Text;
using S3NotifyConformance.Load;

namespace S3NotifyConformance.Reports.Load;

/// <summary>summary.md of a load run: verdict and thresholds, the headline numbers, latency percentiles, errors, and the seconds.</summary>
public sealed class LoadMarkdownReportWriter : LoadReportWriterBase
{
    private const int MaxSecondRows = 120;

    /// <inheritdoc />
    public override string FileName => "summary.md";

    /// <inheritdoc />
    public override string Render(LoadRunResult result)
    {
        var b = new StringBuilder();
        b.AppendLine($"# s3notify load run {result.RunId}: {LoadReportTables.Verdict(result)}").AppendLine();
        AppendThresholds(b, result);
        b.AppendLine("## Overview").AppendLine().AppendLine("| | |").AppendLine("|---|---|");
        foreach (var (label, value) in LoadReportTables.Overview(result))
        {
            b.AppendLine($"| {label} | {Cell(value)} |");
        }

        b.AppendLine().AppendLine("## Latency (ms)").AppendLine();
        b.AppendLine($"| | {string.Join(" | ", LoadReportTables.LatencyColumns)} |");
        b.AppendLine($"|---|{string.Concat(LoadReportTables.LatencyColumns.Select(_ => "---:|"))}");
        foreach (var (name, meaning, stats) in LoadReportTables.Latencies(result))
        {
            b.AppendLine($"| **{name}** ({meaning}) | {string.Join(" | ", LoadReportTables.LatencyCells(stats))} |");
        }

        AppendFaults(b, result.Result);
        AppendList(b, "Errors", result.Result.Errors.Select(e => $"{e.Count} × {e.Error}"));
        AppendList(b, "Problems", result.Problems.Concat(result.CleanupFailures));
        AppendSeconds(b, result.Result);
        b.AppendLine().AppendLine($"_{result.Tool}, {result.StartedAt:yyyy-MM-dd HH:mm:ss} UTC; rendered from results.json. Charts: index.html._");
        return b.ToString();
    }

    private static void AppendThresholds(StringBuilder b, LoadRunResult result)
    {
        if (result.Thresholds.IsEmpty)
        {
            return;
        }

        b.AppendLine("## Thresholds").AppendLine().AppendLine("| | threshold | actual |").AppendLine("|---|---|---:|");
        foreach (var t in result.Thresholds)
        {
            b.AppendLine($"| {(t.Passed ? "pass" : "**FAIL**")} | `{t.Threshold}` | {t.ActualText} |");
        }

        b.AppendLine();
    }

    private static void AppendFaults(StringBuilder b, LoadResult result)
    {
        var rows = LoadReportTables.FaultRows(result);
        if (rows.IsEmpty)
        {
            return;
        }

        b.AppendLine().AppendLine("## Faults").AppendLine().AppendLine(LoadReportTables.FaultLegend).AppendLine();
        b.AppendLine($"| {string.Join(" | ", LoadReportTables.FaultColumns)} |");
        b.AppendLine($"|---|---|{string.Concat(LoadReportTables.FaultColumns.Skip(2).Select(_ => "---:|"))}");
        foreach (var row in rows)
        {
            b.AppendLine($"| {string.Join(" | ", row.Select(Cell))} |");
        }

        foreach (var applied in result.Faults.Select(f => f.Window).DistinctBy(w => w.AppliedTo))
        {
            b.AppendLine().Append($"_{applied.Kind}: applied to {Cell(applied.AppliedTo)}._");
        }

        b.AppendLine();
    }

    private static void AppendList(StringBuilder b, string title, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        b.AppendLine().AppendLine($"## {title}").AppendLine();
        foreach (var item in list)
        {
            b.AppendLine($"- {item}");
        }
    }

    private static void AppendSeconds(StringBuilder b, LoadResult result)
    {
        var step = Math.Max(1, (int)Math.Ceiling(result.Seconds.Length / (double)MaxSecondRows));
        b.AppendLine().AppendLine(step == 1 ? "## Per second" : $"## Per second (every {step}th second)").AppendLine();
        b.AppendLine("| s | requested | ok | fail | request p50 | request p99 | delivery p50 | delivery p99 | events | duplicates | lost |");
        b.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in result.Seconds.Where((_, i) => i % step == 0))
        {
            b.AppendLine($"| {s.Second} | {s.Requested} | {s.Ok} | {s.Fail} | {LoadReportTables.N(s.Request.Stats.P50)} | {LoadReportTables.N(s.Request.Stats.P99)} | " +
                         $"{LoadReportTables.N(s.Delivery.Stats.P50)} | {LoadReportTables.N(s.Delivery.Stats.P99)} | {s.Events} | {s.Duplicates} | {s.Lost} |");
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|");
}
