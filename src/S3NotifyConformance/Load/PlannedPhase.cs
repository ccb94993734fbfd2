using S3NotifyConformance.Load.Simulations;

namespace S3NotifyConformance.Load;

/// <summary>One simulation placed on the plan's time line.</summary>
/// <param name="Index">Position in the plan (0-based).</param>
/// <param name="Start">Offset from the plan's start.</param>
/// <param name="End">Offset where it ends; null when it ends after its iterations.</param>
/// <param name="StartLevel">Rate (open) or copies (closed) a ramp starts from: the previous simulation's level when it has the same model, else 0.</param>
public sealed record PlannedPhase(int Index, LoadSimulation Simulation, TimeSpan Start, TimeSpan? End, int StartLevel);
