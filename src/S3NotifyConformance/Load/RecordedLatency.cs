namespace S3NotifyConformance.Load;

/// <summary>A latency distribution as results.json keeps it: statistics to read, and the histogram to merge or re-derive them from.</summary>
/// <param name="Stats">Statistics derived from <paramref name="Histogram"/>.</param>
/// <param name="Histogram">Base64 of HdrHistogram's compressed encoding (microseconds).</param>
public sealed record RecordedLatency(LatencyStats Stats, string Histogram)
{
    /// <summary>No values.</summary>
    public static RecordedLatency Empty { get; } = LatencyHistogram.Create().ToRecorded();

    /// <summary>The histogram, decoded.</summary>
    public LatencyHistogram Decode() => LatencyHistogram.Decode(Histogram);

    /// <summary>The sum of several recorded latencies: histograms added, statistics derived again.</summary>
    public static RecordedLatency Sum(IEnumerable<RecordedLatency> parts)
    {
        var total = LatencyHistogram.Create();
        foreach (var part in parts)
        {
            total.Add(part.Decode());
        }

        return total.ToRecorded();
    }
}
