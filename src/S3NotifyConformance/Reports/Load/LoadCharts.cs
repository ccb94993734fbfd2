using System.Text.RegularExpressions;
using S3NotifyConformance.Load;
using ScottPlot;

namespace S3NotifyConformance.Reports.Load;

/// <summary>The load report's charts as inline SVG (ScottPlot 5), so index.html needs nothing from the network at view time.</summary>
public static partial class LoadCharts
{
    /// <summary>Chart width in pixels.</summary>
    public const int Width = 640;

    /// <summary>Chart height in pixels.</summary>
    public const int Height = 340;

    private static readonly double[] PercentileTicks = [0, 90, 99, 99.9, 99.99, 99.999];

    /// <summary>Latency against percentile on HdrHistogram's usual axis (x = log10 of 1/(1−p)), one line per distribution.</summary>
    public static string PercentileCurve(LoadResult result)
    {
        var plot = NewPlot("Latency by percentile", "percentile", "latency (ms)");
        foreach (var (name, latency) in new[] { ("request", result.Requests.Latency), ("delivery", result.Delivery.Latency), ("broker send", result.Delivery.Broker) })
        {
            var curve = latency.Decode().PercentileCurve().Where(p => p.Percentile < 100).ToList();
            if (curve.Count == 0)
            {
                continue;
            }

            var line = plot.Add.ScatterLine(curve.Select(p => PercentileX(p.Percentile)).ToArray(), curve.Select(p => p.Milliseconds).ToArray());
            line.LegendText = name;
            line.LineWidth = 2;
        }

        plot.Axes.Bottom.SetTicks([.. PercentileTicks.Select(PercentileX)], [.. PercentileTicks.Select(p => $"{p}%")]);
        return Svg(plot);
    }

    /// <summary>p50 and p99 of request and delivery latency, second by second.</summary>
    public static string LatencyOverTime(LoadResult result)
    {
        var plot = NewPlot("Latency over time", "second", "latency (ms)");
        Lines(plot, result, ("request p50", s => s.Request.Stats.P50), ("request p99", s => s.Request.Stats.P99),
            ("delivery p50", s => s.Delivery.Stats.P50), ("delivery p99", s => s.Delivery.Stats.P99));
        MarkFaults(plot, result);
        return Svg(plot);
    }

    /// <summary>Requested, ok and failed requests and received events, second by second.</summary>
    public static string ThroughputOverTime(LoadResult result)
    {
        var plot = NewPlot("Throughput over time", "second", "per second");
        Lines(plot, result, ("requested", s => s.Requested), ("ok", s => s.Ok), ("events", s => s.Events), ("failed", s => s.Fail));
        MarkFaults(plot, result);
        return Svg(plot);
    }

    /// <summary>Duplicate events (by receive second) and lost writes (by write second).</summary>
    public static string DuplicatesAndLosses(LoadResult result)
    {
        var plot = NewPlot("Duplicates and losses over time", "second", "count");
        Lines(plot, result, ("duplicates", s => s.Duplicates), ("lost", s => s.Lost));
        MarkFaults(plot, result);
        plot.Axes.SetLimitsY(0, Math.Max(1, Whole(result).Select(s => Math.Max(s.Duplicates, s.Lost)).DefaultIfEmpty().Max() * 1.15));
        return Svg(plot);
    }

    // Each fault window as applied, shaded across the chart's height and named in the legend. The x axis counts whole seconds
    // from the measurement's start (second n is plotted at n), as the windows' seconds do.
    private static void MarkFaults(Plot plot, LoadResult result)
    {
        foreach (var window in (result.Faults.IsDefault ? [] : result.Faults).Select(f => f.Window))
        {
            var span = plot.Add.HorizontalSpan(window.StartSeconds, Math.Max(window.EndSeconds, window.StartSeconds + 0.05));
            span.LegendText = $"fault: {window.Fault}";
            span.FillStyle.Color = Colors.OrangeRed.WithAlpha(0.15);
            span.LineStyle.Color = Colors.OrangeRed.WithAlpha(0.6);
        }
    }

    private static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        // Outside the data area, so a legend never hides the lines it names.
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    private static void Lines(Plot plot, LoadResult result, params (string Label, Func<SecondStats, double> Value)[] series)
    {
        var seconds = Whole(result).ToList();
        if (seconds.Count == 0)
        {
            return;
        }

        double[] x = [.. seconds.Select(s => (double)s.Second)];
        foreach (var (label, value) in series)
        {
            var line = plot.Add.ScatterLine(x, seconds.Select(value).ToArray());
            line.LegendText = label;
            line.LineWidth = 2;
            line.MarkerSize = seconds.Count <= 60 ? 4 : 0;
        }
    }

    // Only whole seconds: the last, partial one (a few completions and late events) would look like a collapse.
    private static IEnumerable<SecondStats> Whole(LoadResult result) => result.Seconds.Take(Math.Max(1, (int)Math.Floor(result.DurationSeconds)));

    private static double PercentileX(double percentile) => Math.Log10(1 / (1 - (Math.Min(percentile, 99.9999) / 100)));

    // ScottPlot writes a standalone SVG document: inline in HTML it loses its XML declaration, and its clip-path ids (from a
    // process-wide counter) are renumbered per chart, so ids stay unique in the page and a report renders the same every time.
    private static string Svg(Plot plot, [System.Runtime.CompilerServices.CallerMemberName] string chart = "")
    {
        var svg = XmlDeclaration().Replace(plot.GetSvgXml(Width, Height), string.Empty);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipPathId().Replace(svg, m => ids.TryGetValue(m.Value, out var id) ? id : ids[m.Value] = $"{chart}-clip-{ids.Count}");
    }

    [GeneratedRegex(@"^\s*<\?xml[^>]*\?>\s*")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"\bcl_[0-9a-fA-F]+\b")]
    private static partial Regex ClipPathId();
}
