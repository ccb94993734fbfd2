using S3NotifyConformance.Reports;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Running;

/// <summary>Hears about a run while it happens (the console shows it).</summary>
public interface IRunProgress
{
    /// <summary>The run is about to start <paramref name="total"/> scenarios on a target.</summary>
    void RunStarted(string runId, TargetSummary target, int total);

    /// <summary>A scenario finished.</summary>
    void ScenarioFinished(ScenarioResult result);

    /// <summary>A line of information (cleanup, report folder).</summary>
    void Info(string message);
}
