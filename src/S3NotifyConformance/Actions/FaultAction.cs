using System.Diagnostics;
using S3NotifyConformance.Faults;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Actions;

/// <summary>Puts a fault step's fault in force through the target's <see cref="FaultInjector"/> and returns at once; the fault is
/// lifted after its length in the background, and a <see cref="RecoverStep"/> waits for that.</summary>
public sealed class FaultAction : IAction
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
        var fault = ((FaultStep)step).Fault with { Destinations = [.. context.Destinations.Values.Select(d => d.Arn)] };
        var injector = context.Target.Faults ?? throw new InvalidOperationException($"target '{context.Target.Name}' offers nothing the harness can fault");
        injector.Check([fault], context.Target.Name);
        var begun = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        context.Faults.Enqueue(injector.ApplyNowAsync(fault, Stopwatch.GetTimestamp(), cancellationToken, begun));
        await begun.Task.WaitAsync(cancellationToken);
    }
}
