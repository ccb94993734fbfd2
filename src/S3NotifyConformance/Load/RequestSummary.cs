namespace S3NotifyConformance.Load;

/// <summary>The step's requests (S3 PutObject): counts, rates and latency from the intended start.</summary>
/// <param name="Scheduled">Iterations the plan started.</param>
/// <param name="RequestedRps">The rate the open-model plan asked for (scheduled ÷ planned duration); null for a closed-model plan.</param>
/// <param name="AchievedRps">Ok requests ÷ the measurement's duration (first intended start to last completion, at least the plan's length).</param>
/// <param name="ScheduleLag">How late the engine started iterations against the schedule: the harness's own delay.</param>
public sealed record RequestSummary(
    long Scheduled,
    long Ok,
    long Fail,
    long Bytes,
    double? RequestedRps,
    double AchievedRps,
    RecordedLatency Latency,
    RecordedLatency ScheduleLag)
{
    /// <summary>Achieved ÷ requested rate, when a rate was requested.</summary>
    public double? RateRatio => RequestedRps is > 0 ? AchievedRps / RequestedRps : null;
}
