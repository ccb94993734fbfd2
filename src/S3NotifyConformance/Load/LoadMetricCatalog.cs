namespace S3NotifyConformance.Load;

/// <summary>Every metric a threshold or a comparison can name: <c>request.*</c> (S3 PutObject latency from the intended start),
/// <c>delivery.*</c> (write acknowledgement → event received), <c>broker.*</c> (→ SQS SentTimestamp), each with
/// <c>min mean p50 p75 p90 p95 p99 p999 max stddev</c>; and <c>duplication</c>, <c>loss</c>, <c>duplicates</c>, <c>lost</c>,
/// <c>delivered</c>, <c>ok</c>, <c>fail</c>, <c>fail.rate</c>, <c>rps</c>, <c>requested.rps</c>, <c>rate.ratio</c>, <c>events.rps</c>, <c>lag.p99</c>, <c>problems</c>;
/// and over the fault windows (the worst window, or the sum for counts; 0 without faults): <c>recovery</c> (end of a fault → its
/// backlog drained), <c>recovery.first</c> (→ the first event after it), <c>fault.expected</c>, <c>fault.lost</c>,
/// <c>fault.duplicates</c>, <c>fault.backlog</c>, <c>fault.delivery.max</c>, <c>fault.delivery.p99</c> (writes during a window),
/// <c>after.delivery.max</c>, <c>after.delivery.p99</c> (writes after it).</summary>
public static class LoadMetricCatalog
{
    private static readonly (string Name, Func<LatencyStats, double> Read)[] LatencyFields =
    [
        ("min", s => s.Min), ("mean", s => s.Mean), ("p50", s => s.P50), ("p75", s => s.P75), ("p90", s => s.P90), ("p95", s => s.P95),
        ("p99", s => s.P99), ("p999", s => s.P999), ("max", s => s.Max), ("stddev", s => s.StdDev),
    ];

    /// <summary>Collection problems (receiver errors and restarts, unreadable bodies and records) plus records naming no measured
    /// write: any fail the run unless a threshold on this metric judges them.</summary>
    public const string ProblemsMetric = "problems";

    /// <summary>All metrics by name (case-insensitive).</summary>
    public static ImmutableDictionary<string, LoadMetric> All { get; } = Build().ToImmutableDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The metrics a comparison reports, in report order.</summary>
    public static ImmutableArray<LoadMetric> Compared { get; } =
    [
        .. new[]
        {
            "rps", "events.rps", "request.p50", "request.p90", "request.p99", "request.p999", "request.max", "delivery.p50", "delivery.p90",
            "delivery.p99", "delivery.p999", "delivery.max", "broker.p50", "broker.p99", "duplication", "loss", "fail.rate",
        }.Select(n => All[n]),
    ];

    /// <summary>The metric called <paramref name="name"/>; an unknown name is a <see cref="LoadPlanException"/> listing the known ones.</summary>
    public static LoadMetric Find(string name) => All.TryGetValue(name.Trim(), out var metric)
        ? metric
        : throw new LoadPlanException($"unknown metric '{name}'; known: {string.Join(", ", All.Keys.Order(StringComparer.Ordinal))}");

    private static IEnumerable<LoadMetric> Build()
    {
        foreach (var (prefix, latency) in new (string, Func<LoadResult, LatencyStats>)[]
                 {
                     ("request", r => r.Requests.Latency.Stats), ("delivery", r => r.Delivery.Latency.Stats), ("broker", r => r.Delivery.Broker.Stats),
                 })
        {
            foreach (var (field, read) in LatencyFields)
            {
                yield return new LoadMetric($"{prefix}.{field}", LoadMetricUnit.Milliseconds, true, r => read(latency(r)));
            }
        }

        yield return new LoadMetric("lag.p99", LoadMetricUnit.Milliseconds, true, r => r.Requests.ScheduleLag.Stats.P99);
        yield return new LoadMetric("duplication", LoadMetricUnit.Ratio, true, r => r.Delivery.DuplicationRate);
        yield return new LoadMetric("loss", LoadMetricUnit.Ratio, true, r => r.Delivery.LossRate);
        yield return new LoadMetric("duplicates", LoadMetricUnit.Count, true, r => r.Delivery.Duplicates);
        yield return new LoadMetric("lost", LoadMetricUnit.Count, true, r => r.Delivery.Lost);
        yield return new LoadMetric("delivered", LoadMetricUnit.Count, false, r => r.Delivery.Delivered);
        yield return new LoadMetric("ok", LoadMetricUnit.Count, false, r => r.Requests.Ok);
        yield return new LoadMetric("fail", LoadMetricUnit.Count, true, r => r.Requests.Fail);
        yield return new LoadMetric("fail.rate", LoadMetricUnit.Ratio, true, r => r.Requests.Scheduled == 0 ? 0 : (double)r.Requests.Fail / r.Requests.Scheduled);
        yield return new LoadMetric("rps", LoadMetricUnit.PerSecond, false, r => r.Requests.AchievedRps);
        yield return new LoadMetric("requested.rps", LoadMetricUnit.PerSecond, false, r => r.Requests.RequestedRps ?? 0);
        yield return new LoadMetric("rate.ratio", LoadMetricUnit.Ratio, false, r => r.Requests.RateRatio ?? 0);
        yield return new LoadMetric("events.rps", LoadMetricUnit.PerSecond, false, r => r.Delivery.EventsPerSecond);
        yield return new LoadMetric(ProblemsMetric, LoadMetricUnit.Count, true, r => r.Delivery.Problems + r.Delivery.Unmatched);
        yield return new LoadMetric("recovery", LoadMetricUnit.Milliseconds, true, r => Worst(r, f => f.RecoveryDrainedMs));
        yield return new LoadMetric("recovery.first", LoadMetricUnit.Milliseconds, true, r => Worst(r, f => f.RecoveryFirstMs ?? 0));
        yield return new LoadMetric("fault.expected", LoadMetricUnit.Count, false, r => Sum(r, f => f.Expected));
        yield return new LoadMetric("fault.lost", LoadMetricUnit.Count, true, r => Sum(r, f => f.Lost));
        yield return new LoadMetric("fault.duplicates", LoadMetricUnit.Count, true, r => Sum(r, f => f.Duplicates));
        yield return new LoadMetric("fault.backlog", LoadMetricUnit.Count, true, r => Sum(r, f => f.Backlog));
        yield return new LoadMetric("fault.delivery.max", LoadMetricUnit.Milliseconds, true, r => Worst(r, f => f.DuringMaxMs));
        yield return new LoadMetric("fault.delivery.p99", LoadMetricUnit.Milliseconds, true, r => Worst(r, f => f.DuringP99Ms));
        yield return new LoadMetric("after.delivery.max", LoadMetricUnit.Milliseconds, true, r => Worst(r, f => f.AfterMaxMs));
        yield return new LoadMetric("after.delivery.p99", LoadMetricUnit.Milliseconds, true, r => Worst(r, f => f.AfterP99Ms));
    }

    private static ImmutableArray<FaultWindowFigures> Windows(LoadResult result) => result.Faults.IsDefault ? [] : result.Faults;

    private static double Worst(LoadResult result, Func<FaultWindowFigures, double> read) => Windows(result).Select(read).DefaultIfEmpty(0).Max();

    private static double Sum(LoadResult result, Func<FaultWindowFigures, long> read) => Windows(result).Sum(read);
}
