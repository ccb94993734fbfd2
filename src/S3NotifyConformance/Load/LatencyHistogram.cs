using HdrHistogram;
using HdrHistogram.Utilities;

namespace S3NotifyConformance.Load;

/// <summary>An HdrHistogram of latencies in microseconds (1 µs to 1 h). Whole-run histograms keep 3 significant digits, per-second ones 2.
/// Encoded as base64 of HdrHistogram's compressed form, so histograms from several agents add up without loss.</summary>
public sealed class LatencyHistogram
{
    /// <summary>The largest value tracked: one hour in microseconds; larger values are recorded as this.</summary>
    public const long HighestMicroseconds = 3_600_000_000;

    private readonly HistogramBase _histogram;

    private LatencyHistogram(HistogramBase histogram) => _histogram = histogram;

    /// <summary>Values recorded.</summary>
    public long Count => _histogram.TotalCount;

    /// <summary>An empty histogram with <paramref name="significantDigits"/> digits of precision.</summary>
    public static LatencyHistogram Create(int significantDigits = 3) => new(new LongHistogram(HighestMicroseconds, significantDigits));

    /// <summary>Decodes <see cref="Encode"/>'s text.</summary>
    public static LatencyHistogram Decode(string encoded)
    {
        try
        {
            return new(HistogramEncoding.DecodeFromCompressedByteBuffer(ByteBuffer.Allocate(Convert.FromBase64String(encoded)), HighestMicroseconds));
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or ArgumentException or InvalidOperationException or IOException)
        {
            throw new InvalidDataException($"not an encoded histogram: {e.Message}", e);
        }
    }

    /// <summary>Records one latency given in Stopwatch ticks (negative values count as 0).</summary>
    public void RecordTicks(long stopwatchTicks) => RecordMicroseconds(stopwatchTicks <= 0 ? 0 : (long)(stopwatchTicks * 1_000_000.0 / System.Diagnostics.Stopwatch.Frequency));

    /// <summary>Records one latency in microseconds, clamped to 0..<see cref="HighestMicroseconds"/>.</summary>
    public void RecordMicroseconds(long microseconds) => _histogram.RecordValue(Math.Clamp(microseconds, 0, HighestMicroseconds));

    /// <summary>Records <paramref name="count"/> latencies of <paramref name="microseconds"/> each, clamped as one is.</summary>
    public void RecordMicroseconds(long microseconds, long count) => _histogram.RecordValueWithCount(Math.Clamp(microseconds, 0, HighestMicroseconds), count);

    /// <summary>Every non-empty bucket: its value (µs, the bucket's highest equivalent value) and how many latencies it holds, lowest first.</summary>
    public ImmutableArray<(long Microseconds, long Count)> Buckets() =>
        [.. _histogram.RecordedValues().Select(v => (v.ValueIteratedTo, v.CountAtValueIteratedTo))];

    /// <summary>Adds another histogram's counts to this one.</summary>
    public void Add(LatencyHistogram other) => _histogram.Add(other._histogram);

    /// <summary>The value (ms) below which <paramref name="percentile"/> percent of values fall.</summary>
    public double PercentileMilliseconds(double percentile) => Count == 0 ? 0 : _histogram.GetValueAtPercentile(percentile) / 1000.0;

    /// <summary>Count, min, mean, max, standard deviation and the reported percentiles, in milliseconds.</summary>
    public LatencyStats Stats() => Count == 0
        ? LatencyStats.Empty
        : new LatencyStats(
            Count,
            _histogram.LowestEquivalentValue(_histogram.GetValueAtPercentile(0)) / 1000.0,
            _histogram.GetMean() / 1000.0,
            _histogram.HighestEquivalentValue(_histogram.GetMaxValue()) / 1000.0,
            _histogram.GetStdDeviation() / 1000.0,
            PercentileMilliseconds(50),
            PercentileMilliseconds(75),
            PercentileMilliseconds(90),
            PercentileMilliseconds(95),
            PercentileMilliseconds(99),
            PercentileMilliseconds(99.9));

    /// <summary>The percentile curve: (percentile, value in ms) at each step of HdrHistogram's percentile iteration.</summary>
    public ImmutableArray<(double Percentile, double Milliseconds)> PercentileCurve(int ticksPerHalfDistance = 5) => Count == 0
        ? []
        : [.. _histogram.Percentiles(ticksPerHalfDistance).Select(v => (v.PercentileLevelIteratedTo, v.ValueIteratedTo / 1000.0))];

    /// <summary>The compressed encoding as base64.</summary>
    public string Encode()
    {
        var buffer = ByteBuffer.Allocate(_histogram.GetNeededByteBufferCapacity());
        var length = _histogram.EncodeIntoCompressedByteBuffer(buffer);
        var bytes = new byte[length];
        buffer.Position = 0;
        for (var i = 0; i < length; i++)
        {
            bytes[i] = buffer.Get();
        }

        return Convert.ToBase64String(bytes);
    }

    /// <summary>A recorded latency: its statistics and the encoded histogram they came from.</summary>
    public RecordedLatency ToRecorded() => new(Stats(), Encode());
}
