namespace S3NotifyConformance.Judging;

/// <summary>How a scenario ended. Nothing is dropped: every selected scenario gets one of these.</summary>
public enum ScenarioOutcome
{
    /// <summary>The store behaved as Amazon S3 does.</summary>
    Passed,

    /// <summary>The store differed from Amazon S3; findings say how.</summary>
    Failed,

    /// <summary>The target does not declare a capability the scenario needs.</summary>
    Unsupported,

    /// <summary>Failed, and a baseline lists it as a known deviation of this target.</summary>
    KnownDeviation,

    /// <summary>The harness could not run the scenario (provisioning failed, the run was interrupted).</summary>
    Error,
}
