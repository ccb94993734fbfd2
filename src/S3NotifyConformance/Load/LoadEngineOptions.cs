namespace S3NotifyConformance.Load;

/// <summary>Bounds of the engine itself.</summary>
/// <param name="MaxInFlight">Open model: iterations running at once before the engine waits (latency still counts from the intended start).</param>
/// <param name="TimeLimit">Hard stop for a plan, so an iterations-bounded plan against a stalled store still ends.</param>
/// <param name="Seed">Seed of InjectRandom's rates.</param>
public sealed record LoadEngineOptions(int MaxInFlight, TimeSpan TimeLimit, int Seed)
{
    /// <summary>10,000 in flight, 1 hour, seed 1.</summary>
    public static LoadEngineOptions Default { get; } = new(10_000, TimeSpan.FromHours(1), 1);
}
