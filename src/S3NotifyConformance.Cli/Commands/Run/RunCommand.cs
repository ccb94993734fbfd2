using System.CommandLine;
using S3NotifyConformance.Running;

namespace S3NotifyConformance.Cli.Commands.Run;

/// <summary>Does <c>s3notify run</c>: builds the options, runs the harness, prints the totals, maps the exit code.</summary>
public static class RunCommand
{
    /// <summary>The command's action.</summary>
    public static Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken) => CliErrors.GuardAsync(async () =>
    {
        var paths = ProjectPaths.Discover();
        var options = new RunOptions(
            parseResult.GetValue(CommonOptions.TargetOption),
            parseResult.GetValue(CommonOptions.FilterOption),
            parseResult.GetValue(CommonOptions.ReportDirOption) ?? paths.Reports,
            paths,
            parseResult.GetValue(RunCommandDefinition.ParallelOption),
            parseResult.GetValue(CommonOptions.BaselineOption))
        {
            Concurrency = parseResult.GetValue(RunCommandDefinition.ConcurrencyOption),
        };
        ReportDirectory.RequireWritable(options.ReportRoot);
        using var shutdown = new ShutdownSignal();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, shutdown.Token);
        var outcome = await new HarnessRunner(BuiltInTargets.Catalog(paths), new ConsoleRunProgress()).RunAsync(options, linked.Token);
        ConsoleRunProgress.PrintTotals(outcome.Result);
        return outcome.Result.Succeeded ? ExitCodes.Passed : ExitCodes.Failed;
    });
}
