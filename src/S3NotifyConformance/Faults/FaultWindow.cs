namespace S3NotifyConformance.Faults;

/// <summary>A fault as it was applied: the exact window, on the harness's clock, in which it was in force.</summary>
/// <param name="Fault">The fault as planned, e.g. <c>endpoint-down:at=10s,for=5s</c>.</param>
/// <param name="Kind">Its kind's name, e.g. <c>endpoint-down</c>.</param>
/// <param name="AppliedTo">What the harness disrupted (its receiver, a launched store's delivery knob or processes).</param>
/// <param name="StartedAt">When the fault was in force (UTC).</param>
/// <param name="EndedAt">When it was lifted (a restart: when the store answered again).</param>
/// <param name="StartSeconds">The start, in seconds from the measurement's start.</param>
/// <param name="EndSeconds">The end, in seconds from the measurement's start.</param>
/// <param name="Error">Why applying or lifting it failed, if it did (the window is then what was achieved).</param>
public sealed record FaultWindow(
    string Fault, string Kind, string AppliedTo, DateTimeOffset StartedAt, DateTimeOffset EndedAt, double StartSeconds, double EndSeconds, string? Error = null)
{
    /// <summary>The window's length in seconds.</summary>
    public double Seconds => EndSeconds - StartSeconds;
}
