namespace S3NotifyConformance.Load;

/// <summary>A current run against a baseline, metric by metric. A metric regresses when it is worse by more than
/// <see cref="MaxRegression"/> (relative) and by more than its noise floor (1 ms for latencies, 0.1 percentage points for ratios,
/// 1/s for rates), so sub-millisecond jitter of a fast store does not fail a build.</summary>
public sealed record LoadComparison(string BaselineRunId, string CurrentRunId, double MaxRegression, ImmutableArray<MetricDelta> Deltas)
{
    /// <summary>True when any metric regressed.</summary>
    public bool HasRegression => Deltas.Any(d => d.IsRegression);

    /// <summary>Compares two runs over <see cref="LoadMetricCatalog.Compared"/>.</summary>
    public static LoadComparison Compare(LoadRunResult baseline, LoadRunResult current, double maxRegression) =>
        new(baseline.RunId, current.RunId, maxRegression, [.. LoadMetricCatalog.Compared.Select(m => Delta(m, baseline.Result, current.Result, maxRegression))]);

    private static MetricDelta Delta(LoadMetric metric, LoadResult baseline, LoadResult current, double maxRegression)
    {
        var before = metric.Read(baseline);
        var after = metric.Read(current);
        var change = after - before;
        double? relative = before == 0 ? null : change / Math.Abs(before);
        var beyondNoise = Math.Abs(change) > NoiseFloor(metric.Unit);
        var beyondBound = relative is { } r ? Math.Abs(r) > maxRegression : change != 0;
        var worse = metric.HigherIsWorse ? change > 0 : change < 0;
        var significant = beyondNoise && beyondBound;
        return new MetricDelta(metric.Name, before, after, metric.Format(before), metric.Format(after), relative, significant && worse, significant && !worse);
    }

    private static double NoiseFloor(LoadMetricUnit unit) => unit switch
    {
        LoadMetricUnit.Milliseconds => 1.0,
        LoadMetricUnit.Ratio => 0.001,
        LoadMetricUnit.PerSecond => 1.0,
        _ => 0,
    };
}
