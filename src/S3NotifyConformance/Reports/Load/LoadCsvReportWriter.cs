using System.Globalization;
using System.Text;
using S3NotifyConformance.Load;

namespace S3NotifyConformance.Reports.Load;

/// <summary>stats.csv with NBomber's columns (scenario, step, request count, ok, fail, RPS, min, mean, max, percentiles, StdDev,
/// data transfer) plus delivery columns; one row per step: the S3 request, the delivery to the harness, the broker's send time.</summary>
public sealed class LoadCsvReportWriter : LoadReportWriterBase
{
    private static readonly string[] Header =
    [
        "test_suite", "scenario", "step_name", "duration_s", "request_count", "ok", "failed", "rps", "min_ms", "mean_ms", "max_ms",
        "p50_ms", "p75_ms", "p90_ms", "p95_ms", "p99_ms", "p99_9_ms", "stddev_ms", "data_transfer_min_kb", "data_transfer_mean_kb",
        "data_transfer_max_kb", "data_transfer_all_mb", "delivered", "duplicates", "lost", "duplication_pct", "loss_pct", "events_per_s",
        "backlog", "recovery_first_ms", "recovery_drained_ms", "window_start_s", "window_end_s",
    ];

    /// <inheritdoc />
    public override string FileName => "stats.csv";

    /// <inheritdoc />
    public override string Render(LoadRunResult result)
    {
        var r = result.Result;
        var d = r.Delivery;
        var sizeKb = result.Settings.ObjectSize / 1024.0;
        var builder = new StringBuilder().AppendLine(string.Join(",", Header));
        void Row(string step, long count, long ok, long failed, double rps, LatencyStats s, bool transfer) => builder.AppendLine(string.Join(",", new[]
        {
            "s3notify", Quote(r.Scenario), step, N(r.DurationSeconds), count.ToString(CultureInfo.InvariantCulture), ok.ToString(CultureInfo.InvariantCulture),
            failed.ToString(CultureInfo.InvariantCulture), N(rps), N(s.Min), N(s.Mean), N(s.Max), N(s.P50), N(s.P75), N(s.P90), N(s.P95), N(s.P99), N(s.P999), N(s.StdDev),
            transfer ? N(sizeKb) : "0", transfer ? N(sizeKb) : "0", transfer ? N(sizeKb) : "0", transfer ? N(r.Requests.Bytes / 1048576.0) : "0",
            d.Delivered.ToString(CultureInfo.InvariantCulture), d.Duplicates.ToString(CultureInfo.InvariantCulture), d.Lost.ToString(CultureInfo.InvariantCulture),
            N(d.DuplicationRate * 100), N(d.LossRate * 100), N(d.EventsPerSecond), string.Empty, string.Empty, string.Empty, string.Empty, string.Empty,
        }));
        Row(r.Step, r.Requests.Scheduled, r.Requests.Ok, r.Requests.Fail, r.Requests.AchievedRps, r.Requests.Latency.Stats, true);
        Row("delivery", d.Writes, d.Delivered, d.Lost, d.EventsPerSecond, d.Latency.Stats, false);
        if (d.Broker.Stats.Count > 0)
        {
            Row("broker_send", d.Writes, d.Broker.Stats.Count, d.Lost, d.EventsPerSecond, d.Broker.Stats, false);
        }

        // One row per fault window: its writes (expected, delivered, lost), their delivery latency during it (max and p99 only), recovery.
        foreach (var (f, i) in (r.Faults.IsDefault ? [] : r.Faults).Select((f, i) => (f, i + 1)))
        {
            var e = f.Expected == 0 ? 0 : 100.0 / f.Expected;
            builder.AppendLine(string.Join(",", new[]
            {
                "s3notify", Quote(r.Scenario), $"fault_{i}_{f.Window.Kind}", N(f.Window.Seconds), I(f.Expected), I(f.Delivered), I(f.Lost), string.Empty,
                string.Empty, string.Empty, N(f.DuringMaxMs), string.Empty, string.Empty, string.Empty, string.Empty, N(f.DuringP99Ms), string.Empty, string.Empty,
                "0", "0", "0", "0", I(f.Delivered), I(f.Duplicates), I(f.Lost), N(f.Duplicates * e), N(f.Lost * e), string.Empty,
                I(f.Backlog), f.RecoveryFirstMs is { } first ? N(first) : string.Empty, N(f.RecoveryDrainedMs), N(f.Window.StartSeconds), N(f.Window.EndSeconds),
            }));
        }

        return builder.ToString();
    }

    private static string I(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string N(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Quote(string text) => text.Contains(',') || text.Contains('"') ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
}
