namespace S3NotifyConformance.Load;

/// <summary>What the engine did in one stage.</summary>
/// <param name="Iterations">Iterations started.</param>
/// <param name="Elapsed">From the plan's start until the last iteration completed.</param>
/// <param name="StoppedEarly">True when cancellation or the time limit ended the plan before its end.</param>
public sealed record LoadEngineRun(long Iterations, TimeSpan Elapsed, bool StoppedEarly);
