namespace S3NotifyConformance.Reports.Bench;

/// <summary>Benchmark (a)'s figures.</summary>
/// <param name="Seconds">Time each side ran in all (in alternating segments).</param>
/// <param name="RawPerSecond">PutObject per second of bare SDK loops.</param>
/// <param name="EnginePerSecond">PutObject per second the engine achieved while measuring.</param>
/// <param name="EngineRequestP99">The engine's request p99 (ms) at that rate (the highest of its segments).</param>
/// <param name="Lost">Events missing after the drain (should be 0).</param>
public sealed record SdkCeilingFigures(int Concurrency, double Seconds, double RawPerSecond, double EnginePerSecond, double EngineRequestP99, long Lost)
{
    /// <summary>Engine rate ÷ raw rate.</summary>
    public double Ratio => RawPerSecond == 0 ? 0 : EnginePerSecond / RawPerSecond;

    /// <summary>The process's CPU time per PutObject of the raw loops (µs; store, SDK and loops alike, since they share the process).</summary>
    public double? RawCpuMicroseconds { get; init; }

    /// <summary>The same for the engine, its collection and drain included: the difference is what measuring costs in CPU.</summary>
    public double? EngineCpuMicroseconds { get; init; }
}
