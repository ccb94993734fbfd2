using System.CommandLine;
using S3NotifyConformance.Running;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Cli.Commands.Sweep;

/// <summary>Does <c>s3notify sweep</c>: lists, removes, names what could not be removed; exit 0 when everything selected is gone,
/// 1 when something is left.</summary>
public static class SweepCommand
{
    /// <summary>The command's action.</summary>
    public static Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken) => CliErrors.GuardAsync(async () =>
    {
        var paths = ProjectPaths.Discover();
        var options = new SweepOptions(
            parseResult.GetValue(CommonOptions.TargetOption),
            parseResult.GetValue(SweepCommandDefinition.RunOption),
            parseResult.GetValue(SweepCommandDefinition.OlderThanOption) is { } age ? DurationText.Parse(age) : null,
            parseResult.GetValue(SweepCommandDefinition.DryRunOption));
        using var shutdown = new ShutdownSignal();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, shutdown.Token);
        var outcome = await new SweepRunner(BuiltInTargets.Catalog(paths), Console.WriteLine).RunAsync(options, linked.Token);
        if (outcome.DryRun)
        {
            Console.WriteLine("dry run: nothing removed");
            return ExitCodes.Passed;
        }

        foreach (var failure in outcome.Failures)
        {
            Console.WriteLine($"not removed: {failure}");
        }

        Console.WriteLine(outcome.Succeeded
            ? $"removed {outcome.Found.Length} resource(s); nothing of {outcome.Selection} remains"
            : $"{outcome.Failures.Length} resource(s) of {outcome.Selection} could not be removed");
        return outcome.Succeeded ? ExitCodes.Passed : ExitCodes.Failed;
    });
}
