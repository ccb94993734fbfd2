namespace S3NotifyConformance.Foundation;

/// <summary>What every results.json starts with, whatever the run's kind: the kind (which body follows), the run id, the tool
/// and version, the target (without secrets), the machine, and when the run started and finished.</summary>
public sealed record RunHeader(
    RunKind Kind,
    string RunId,
    string Tool,
    TargetSummary Target,
    RunMachine Machine,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt)
{
    /// <summary>Wall time of the run.</summary>
    public TimeSpan Duration => FinishedAt - StartedAt;

    /// <summary>The header of a run on this machine: the target's endpoint loses any user:password@.</summary>
    public static RunHeader OnThisMachine(RunKind kind, string runId, string tool, TargetSummary target, DateTimeOffset startedAt, DateTimeOffset finishedAt) =>
        new(kind, runId, tool, target with { Endpoint = TargetSummary.WithoutUserInfo(target.Endpoint) }, RunMachine.Current(), startedAt, finishedAt);
}
