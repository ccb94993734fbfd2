namespace S3NotifyConformance.Load;

/// <summary>One run of the scenario's step.</summary>
/// <param name="Number">0-based within its stage; pairs a write with its event.</param>
/// <param name="Stage">Warm-up or measurement.</param>
/// <param name="IntendedStart">Stopwatch timestamp the schedule meant it to start (open model) or its actual start (closed model):
/// latency counts from here, so a late start caused by a slow store is not hidden (no coordinated omission).</param>
public sealed record LoadIteration(long Number, LoadStage Stage, long IntendedStart);
