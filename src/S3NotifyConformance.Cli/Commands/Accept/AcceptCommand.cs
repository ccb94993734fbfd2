using System.CommandLine;
using S3NotifyConformance.Judging.Snapshots;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Running;

namespace S3NotifyConformance.Cli.Commands.Accept;

/// <summary><c>s3notify accept RUN-ID</c>: after review, promotes a run's received snapshots to expected/*.verified.json.</summary>
public static class AcceptCommand
{
    private static readonly Argument<string> RunIdArgument = new("run-id") { Description = "The run whose received snapshots to accept" };

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("accept", "Promote a run's received snapshots to verified (review them first)");
        command.Arguments.Add(RunIdArgument);
        command.Options.Add(CommonOptions.ReportDirOption);
        command.SetAction((parseResult, _) => CliErrors.GuardAsync(() =>
        {
            var paths = ProjectPaths.Discover();
            var runId = RunId.Parse(parseResult.GetValue(RunIdArgument)!);
            var runDirectory = Path.Combine(parseResult.GetValue(CommonOptions.ReportDirOption) ?? paths.Reports, runId.Value);
            if (!Directory.Exists(runDirectory))
            {
                throw new DirectoryNotFoundException($"no report folder {runDirectory}");
            }

            var accepted = new SnapshotStore(paths.Expected, Path.Combine(runDirectory, "received")).Accept();
            foreach (var id in accepted)
            {
                Console.WriteLine($"accepted {id}");
            }

            Console.WriteLine(accepted.IsEmpty ? $"run {runId} has no received snapshots to accept" : $"{accepted.Length} snapshot(s) accepted into {paths.Expected}");
            return Task.FromResult(ExitCodes.Passed);
        }));
        return command;
    }
}
