namespace S3NotifyConformance.Reports.SelfTest;

/// <summary>What the conformance suite said about the reference store with one seeded fault (or none, the control run).</summary>
/// <param name="Fault">The fault's name (<c>--fault NAME</c>), or <c>none</c> for the control run.</param>
/// <param name="Area">What the fault breaks (configuration, validation, delivery, …).</param>
/// <param name="MustFail">True: a run must fail on this fault. False: a run must not (any failure is a false alarm).</param>
/// <param name="Description">What the store does wrong.</param>
/// <param name="Scenarios">Scenarios the suite ran.</param>
/// <param name="FailedScenarios">Ids of the scenarios that failed or errored, ordered.</param>
/// <param name="Errors">Scenarios that ended in an error (the harness could not run them) rather than with findings.</param>
/// <param name="Rules">Per rule, the findings that flagged the fault, most findings first.</param>
/// <param name="RunDirectory">The faulted run's report folder, relative to the self-test's.</param>
/// <param name="DurationSeconds">Wall time of the faulted run.</param>
/// <param name="Note">Why the verdict is what it is when it is not as expected and the cause is known (e.g. a judging change
/// not yet on this build), else null.</param>
public sealed record FaultVerdict(
    string Fault,
    string Area,
    bool MustFail,
    string Description,
    int Scenarios,
    ImmutableArray<string> FailedScenarios,
    int Errors,
    ImmutableArray<RuleCatch> Rules,
    string RunDirectory,
    double DurationSeconds,
    string? Note = null)
{
    /// <summary>True when the faulted run was interrupted (Ctrl+C) before every scenario finished: no verdict.</summary>
    public bool Interrupted { get; init; }

    /// <summary>True when the run failed: some scenario failed or errored.</summary>
    public bool Flagged => !FailedScenarios.IsEmpty;

    /// <summary>True when the verdict is the one the fault calls for: flagged when it must fail, quiet when it must not.</summary>
    public bool AsExpected => Flagged == MustFail;

    /// <summary>One word: caught, missed (a must-fail fault nothing flagged), false alarm, or quiet.</summary>
    public string Verdict => (MustFail, Flagged) switch
    {
        (true, true) => "caught",
        (true, false) => "missed",
        (false, true) => "false alarm",
        (false, false) => "quiet",
    };
}
