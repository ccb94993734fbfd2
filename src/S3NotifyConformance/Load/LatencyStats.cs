namespace S3NotifyConformance.Load;

/// <summary>Latency statistics in milliseconds, as the reports show them (NBomber's columns plus p90 and p99.9).</summary>
public sealed record LatencyStats(
    long Count,
    double Min,
    double Mean,
    double Max,
    double StdDev,
    double P50,
    double P75,
    double P90,
    double P95,
    double P99,
    double P999)
{
    /// <summary>No values.</summary>
    public static LatencyStats Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
