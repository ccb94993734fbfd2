using System.Globalization;

namespace S3NotifyConformance.Load;

/// <summary>A number read from a load result, named for thresholds and comparisons (e.g. <c>delivery.p99</c>).</summary>
/// <param name="Name">The name thresholds and reports use.</param>
/// <param name="Unit">What the number means.</param>
/// <param name="HigherIsWorse">True for latencies, duplication and loss; false for throughput.</param>
/// <param name="Read">Reads the value from a result.</param>
public sealed record LoadMetric(string Name, LoadMetricUnit Unit, bool HigherIsWorse, Func<LoadResult, double> Read)
{
    /// <summary>A value of this metric for people: <c>12.3 ms</c>, <c>5.02%</c>, <c>499.8/s</c>.</summary>
    public string Format(double value) => Unit switch
    {
        LoadMetricUnit.Milliseconds => value.ToString(value >= 100 ? "0" : "0.###", CultureInfo.InvariantCulture) + " ms",
        LoadMetricUnit.Ratio => (value * 100).ToString("0.###", CultureInfo.InvariantCulture) + "%",
        LoadMetricUnit.PerSecond => value.ToString("0.#", CultureInfo.InvariantCulture) + "/s",
        _ => value.ToString("0.###", CultureInfo.InvariantCulture),
    };
}
