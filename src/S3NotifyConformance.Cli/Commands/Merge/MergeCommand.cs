using System.CommandLine;
using S3NotifyConformance.Load;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Reports.Load;
using S3NotifyConformance.Running;

namespace S3NotifyConformance.Cli.Commands.Merge;

/// <summary><c>s3notify merge RUN...</c>: merges load runs of agents that ran at the same time into one run (histograms add without
/// loss), writes its reports, and exits 1 when a threshold fails on the merged result.</summary>
public static class MergeCommand
{
    private static readonly Argument<string[]> RunsArgument = new("runs") { Description = "Load runs to merge: run ids, run folders or results.json files", Arity = ArgumentArity.OneOrMore };

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("merge", "Merge load runs from several agents into one run with its own reports");
        command.Arguments.Add(RunsArgument);
        command.Options.Add(CommonOptions.ReportDirOption);
        command.SetAction((parseResult, cancellationToken) => CliErrors.GuardAsync(async () =>
        {
            var root = parseResult.GetValue(CommonOptions.ReportDirOption) ?? ProjectPaths.Discover().Reports;
            var runs = parseResult.GetValue(RunsArgument)!.Select(r => RunArguments.ReadLoad(r, root)).ToList();
            var merged = LoadResultMerger.Merge(RunId.New(DateTimeOffset.UtcNow).Value, runs);
            var directory = Path.Combine(root, merged.RunId);
            await DefaultLoadReportWriters.All.WriteAsync(merged, directory, cancellationToken);
            Console.WriteLine($"merged {runs.Count} run(s) ({string.Join(", ", merged.Sources)}) into {directory}");
            ConsoleLoadProgress.PrintSummary(merged);
            return merged.Succeeded ? ExitCodes.Passed : ExitCodes.Failed;
        }));
        return command;
    }
}
