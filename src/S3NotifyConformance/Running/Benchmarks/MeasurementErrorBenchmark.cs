using S3NotifyConformance.Load;
using S3NotifyConformance.ReferenceStore;
using S3NotifyConformance.Reports.Bench;

namespace S3NotifyConformance.Running.Benchmarks;

/// <summary>Benchmark (c): the embedded store's delivery delay set to a known distribution (and a duplicate probability); a real
/// <c>s3notify load</c> run measures it; the measured percentiles and duplication are compared with the configured ones. The
/// configured percentiles come from a million draws of the store's own sampler (exact for its clamping at 0).</summary>
public static class MeasurementErrorBenchmark
{
    /// <summary>The percentiles compared.</summary>
    public static readonly double[] Percentiles = [50, 90, 99];

    /// <summary>Runs a load of <paramref name="simulation"/> against a store with <paramref name="faults"/>.</summary>
    public static async Task<MeasurementErrorFigures> RunAsync(string simulation, DeliveryFaults faults, ProjectPaths paths, CancellationToken cancellationToken)
    {
        var reports = Path.Combine(Path.GetTempPath(), $"s3notify-bench-{Guid.NewGuid():N}");
        try
        {
            var options = new LoadRunOptions(null, [simulation], TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), null, 1024, [], faults, reports, paths);
            var outcome = await new LoadRunner(BuiltInTargets.Catalog(paths), NullLoadProgress.Instance).RunAsync(options, cancellationToken);
            var result = outcome.Result.Result;
            var configured = Configured(faults.Delay);
            var measured = result.Delivery.Latency.Decode();
            return new MeasurementErrorFigures(
                faults.Delay.ToString(), faults.DuplicateProbability, result.Delivery.Writes, result.Delivery.DuplicationRate,
                [.. Percentiles.Select(p => new PercentileError(p, configured.PercentileMilliseconds(p), measured.PercentileMilliseconds(p)))]);
        }
        finally
        {
            if (Directory.Exists(reports))
            {
                Directory.Delete(reports, recursive: true);
            }
        }
    }

    private static LatencyHistogram Configured(DelayDistribution delay)
    {
        var histogram = LatencyHistogram.Create();
        var random = new Random(12345);
        for (var i = 0; i < 1_000_000; i++)
        {
            histogram.RecordMicroseconds((long)(delay.SampleMilliseconds(random) * 1000));
        }

        return histogram;
    }
}
