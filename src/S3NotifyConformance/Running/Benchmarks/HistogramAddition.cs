using S3NotifyConformance.Load;

namespace S3NotifyConformance.Running.Benchmarks;

/// <summary>Checks a merged latency against the agents' by another road than the merge's own (which adds histograms): every
/// agent's recorded latencies, bucket by bucket, recorded again into one histogram, as if one process had recorded all samples.</summary>
public static class HistogramAddition
{
    /// <summary>Whether <paramref name="merged"/>'s buckets equal those of one histogram recording all of <paramref name="parts"/>'
    /// latencies, and whether their statistics (count, min, mean, max, stddev, every percentile) are identical.</summary>
    public static (bool BucketsEqual, bool StatsEqual) Check(IEnumerable<RecordedLatency> parts, RecordedLatency merged)
    {
        var all = LatencyHistogram.Create();
        foreach (var part in parts)
        {
            foreach (var (microseconds, count) in part.Decode().Buckets())
            {
                all.RecordMicroseconds(microseconds, count);
            }
        }

        var decoded = merged.Decode();
        return (all.Buckets().SequenceEqual(decoded.Buckets()), all.Stats() == merged.Stats && decoded.Stats() == merged.Stats);
    }
}
