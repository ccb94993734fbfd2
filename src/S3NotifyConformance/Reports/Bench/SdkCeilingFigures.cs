namespace S3NotifyConformance.Reports.Bench;

/// <summary>Benchmark (a)'s figures.</summary>
/// <param name="RawPerSecond">PutObject per second of bare SDK loops.</param>
/// <param name="EnginePerSecond">PutObject per second the engine achieved while measuring.</param>
/// <param name="EngineRequestP99">The engine's request p99 (ms) at that rate.</param>
/// <param name="Lost">Events missing after the drain (should be 0).</param>
public sealed record SdkCeilingFigures(int Concurrency, double Seconds, double RawPerSecond, double EnginePerSecond, double EngineRequestP99, long Lost)
{
    /// <summary>Engine rate ÷ raw rate.</summary>
    public double Ratio => RawPerSecond == 0 ? 0 : EnginePerSecond / RawPerSecond;
}
