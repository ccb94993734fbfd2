using S3NotifyConformance.Actions;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Faults;

/// <summary>Performs fault steps: puts a <see cref="FaultStep"/>'s fault in force on the scenario's own destinations through
/// <paramref name="injector"/> and returns at once (the fault is lifted after its length in the background); a
/// <see cref="RecoverStep"/> waits for every fault begun so far to be lifted.</summary>
public sealed class FaultAction(FaultInjector injector) : IAction
{
    /// <inheritdoc />
    public bool Handles(ScenarioStep step) => step is FaultStep or RecoverStep;

    /// <inheritdoc />
    public async Task ExecuteAsync(ScenarioStep step, int stepIndex, bool isSentinel, ActionContext context, CancellationToken cancellationToken)
    {
        if (step is RecoverStep)
        {
            await Task.WhenAll(context.Faults);
            return;
        }

        // Only this scenario's destinations: the others running beside it keep their delivery.
        var fault = FaultSpec.Parse(((FaultStep)step).Spec, requireAt: false) with { Destinations = [.. context.Destinations.Values.Select(d => d.Arn)] };
        injector.Check([fault], context.Target.Name);
        var begun = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        context.Faults.Enqueue(injector.ApplyNowAsync(fault, context.StepsStarted, cancellationToken, begun));
        await begun.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Waits until every fault the scenario's steps began is lifted, and returns their windows as applied (seconds from the
    /// scenario's first step), in the order the steps began them.</summary>
    public static async Task<ImmutableArray<FaultWindow>> WindowsAsync(ActionContext context)
    {
        var faults = context.Faults.ToArray();
        await Task.WhenAll(faults).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return [.. faults.OfType<Task<FaultWindow?>>().Where(t => t.IsCompletedSuccessfully).Select(t => t.Result).OfType<FaultWindow>()];
    }
}
