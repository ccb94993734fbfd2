using System.Globalization;
using S3NotifyConformance.Load;

namespace S3NotifyConformance.Reports.Load;

/// <summary>The rows every load report shows, built once so summary.md and index.html say the same thing.</summary>
public static class LoadReportTables
{
    /// <summary>The run's headline: "passed", or which thresholds failed and what else failed the run, or "interrupted".</summary>
    public static string Verdict(LoadRunResult run)
    {
        if (run.Interrupted)
        {
            return "interrupted";
        }

        if (run.StoppedBecause is { } why)
        {
            return $"stopped: {why}";
        }

        var failed = (run.FailedThresholds.Any() ? [$"{run.FailedThresholds.Count()} threshold(s)"] : Array.Empty<string>()).Concat(run.Unallowed).ToList();
        return failed.Count > 0
            ? "failed: " + string.Join("; ", failed)
            : run.Thresholds.IsEmpty ? "finished (no thresholds)" : "all thresholds passed";
    }

    /// <summary>What ran where, and the headline numbers.</summary>
    public static ImmutableArray<(string Label, string Value)> Overview(LoadRunResult run)
    {
        var r = run.Result;
        var d = r.Delivery;
        var q = r.Requests;
        var rows = new List<(string, string)>
        {
            ("target", $"{run.Target.Name} ({run.Target.Endpoint})" + (run.Target.Note is { } note ? $", {note}" : string.Empty)),
            ("plan", string.Join(" → ", r.Simulations) + (r.WarmupSeconds > 0 ? $" after a {N(r.WarmupSeconds)} s warm-up" : string.Empty)),
            ("scenario", $"{r.Scenario}, {run.Settings.ObjectSize} B objects" + (r.Agents > 1 ? $", {r.Agents} agents merged" : string.Empty)),
            ("duration", $"{N(r.DurationSeconds)} s measured" + (r.PlannedSeconds is { } p ? $" ({N(p)} s planned)" : string.Empty)),
            ("request rate", q.RequestedRps is { } requested
                ? $"{N(q.AchievedRps)}/s achieved of {N(requested)}/s requested ({Percent(q.RateRatio ?? 0)})"
                : $"{N(q.AchievedRps)}/s achieved (closed model)"),
            ("requests", $"{q.Scheduled} started, {q.Ok} ok, {q.Fail} failed"),
            ("events", $"{d.Events} received, {N(d.EventsPerSecond)}/s"),
            ("delivered", $"{d.Delivered} of {d.Writes} writes"),
            ("duplication", $"{Percent(d.DuplicationRate)} ({d.Duplicates} duplicate event(s))"),
            ("loss", $"{Percent(d.LossRate)} ({d.Lost} write(s) without an event after the {N(run.Settings.DrainSeconds)} s drain)"),
            ("machine", run.Machine.Description),
        };
        if (d.Unmatched > 0)
        {
            rows.Add(("unmatched", $"{d.Unmatched} record(s) named no measured write"));
        }

        if (r.MeasurementStart is { } began)
        {
            rows.Add(("measurement began", LoadStartTime.Format(began) + (run.Settings.StartAt is { } at ? $" (plan --start-at {LoadStartTime.Format(at)})" : string.Empty)
                + (r.Agents > 1 ? ", the earliest agent's" : string.Empty)));
        }

        if (run.LateStart is { } late)
        {
            rows.Add(("late start", late));
        }

        return [.. rows];
    }

    /// <summary>The latency distributions: S3 request, delivery, broker send time, and the engine's schedule lag.</summary>
    public static ImmutableArray<(string Name, string Meaning, LatencyStats Stats)> Latencies(LoadRunResult run)
    {
        var r = run.Result;
        var rows = new List<(string, string, LatencyStats)>
        {
            ("request", "S3 PutObject, from the intended start", r.Requests.Latency.Stats),
            ("delivery", "write acknowledged → event received", r.Delivery.Latency.Stats),
        };
        if (r.Delivery.Broker.Stats.Count > 0)
        {
            rows.Add(("broker", "write acknowledged → SQS SentTimestamp (1 ms resolution)", r.Delivery.Broker.Stats));
        }

        rows.Add(("lag", "engine's start vs schedule (harness overhead)", r.Requests.ScheduleLag.Stats));
        return [.. rows];
    }

    /// <summary>The latency columns of <see cref="Latencies"/>.</summary>
    public static ImmutableArray<string> LatencyColumns { get; } = ["count", "min", "mean", "p50", "p75", "p90", "p95", "p99", "p99.9", "max", "stddev"];

    /// <summary>A latency row's cells, in <see cref="LatencyColumns"/> order (ms).</summary>
    public static ImmutableArray<string> LatencyCells(LatencyStats s) =>
        [s.Count.ToString(CultureInfo.InvariantCulture), N(s.Min), N(s.Mean), N(s.P50), N(s.P75), N(s.P90), N(s.P95), N(s.P99), N(s.P999), N(s.Max), N(s.StdDev)];

    /// <summary>A number for people: up to three decimals.</summary>
    public static string N(double value) => value.ToString(Math.Abs(value) >= 1000 ? "0" : "0.###", CultureInfo.InvariantCulture);

    /// <summary>A ratio as a percentage.</summary>
    public static string Percent(double ratio) => (ratio * 100).ToString("0.###", CultureInfo.InvariantCulture) + "%";

    /// <summary>Column heads of the fault-window table.</summary>
    public static ImmutableArray<string> FaultColumns { get; } =
    [
        "fault", "in force (s)", "expected", "delivered", "lost", "duplicates", "backlog", "recovery: first event", "recovery: backlog drained",
        "during: max / p99", "after: max / p99", "at the edges",
    ];

    /// <summary>One row per fault window: the window as applied and what it did to delivery (see <see cref="FaultWindowFigures"/>).</summary>
    public static ImmutableArray<ImmutableArray<string>> FaultRows(LoadResult result) =>
    [
        .. (result.Faults.IsDefault ? [] : result.Faults).Select(f => ImmutableArray.Create(
            f.Window.Fault + (f.Window.Error is { } error ? $" ({error})" : string.Empty),
            $"{f.Window.StartSeconds:0.000}–{f.Window.EndSeconds:0.000}",
            C(f.Expected), C(f.Delivered), C(f.Lost), C(f.Duplicates), C(f.Backlog),
            f.RecoveryFirstMs is { } first ? $"{N(first)} ms" : "no event",
            $"{N(f.RecoveryDrainedMs)} ms",
            $"{N(f.DuringMaxMs)} / {N(f.DuringP99Ms)} ms",
            $"{N(f.AfterMaxMs)} / {N(f.AfterP99Ms)} ms",
            C(f.Straddling))),
    ];

    /// <summary>What the fault table's figures mean, one line.</summary>
    public const string FaultLegend =
        "A write belongs to a window when the store acknowledged it while the fault was in force; backlog: writes acknowledged before the window ended whose " +
        "first event came after it; recovery: from the window's end to the first event, and to the backlog's last; at the edges: writes in flight at a start " +
        "or end, which the store may have counted on either side.";

    private static string C(long value) => value.ToString(CultureInfo.InvariantCulture);
}
