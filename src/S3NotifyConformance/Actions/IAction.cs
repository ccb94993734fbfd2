using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Actions;

/// <summary>Performs one kind of scenario step and records what happened in the write ledger.</summary>
public interface IAction
{
    /// <summary>True when this action performs <paramref name="step"/>.</summary>
    bool Handles(ScenarioStep step);

    /// <summary>Performs the step; failures the step expects are recorded, not thrown.</summary>
    Task ExecuteAsync(ScenarioStep step, int stepIndex, bool isSentinel, ActionContext context, CancellationToken cancellationToken);
}
