using S3NotifyConformance.Reports;

namespace S3NotifyConformance.Running;

/// <summary>Progress that goes nowhere (tests).</summary>
public sealed class NullRunProgress : IRunProgress
{
    /// <summary>The instance.</summary>
    public static NullRunProgress Instance { get; } = new();

    /// <inheritdoc />
    public void RunStarted(string runId, TargetSummary target, int total)
    {
    }

    /// <inheritdoc />
    public void ScenarioFinished(ScenarioResult result)
    {
    }

    /// <inheritdoc />
    public void Info(string message)
    {
    }
}
