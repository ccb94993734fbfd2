using System.CommandLine;
using S3NotifyConformance.Reports.Load;
using S3NotifyConformance.Running;

namespace S3NotifyConformance.Cli.Commands.Report;

/// <summary><c>s3notify report RUN-ID</c>: renders a load run's index.html, summary.md and stats.csv again from its results.json alone.</summary>
public static class ReportCommand
{
    private static readonly Argument<string> RunArgument = new("run") { Description = "Load run: run id, run folder or results.json" };

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("report", "Render a load run's reports again from its results.json");
        command.Arguments.Add(RunArgument);
        command.Options.Add(CommonOptions.ReportDirOption);
        command.SetAction((parseResult, cancellationToken) => CliErrors.GuardAsync(async () =>
        {
            var root = parseResult.GetValue(CommonOptions.ReportDirOption) ?? ProjectPaths.Discover().Reports;
            var value = parseResult.GetValue(RunArgument)!;
            var run = LoadRunArguments.Read(value, root);
            var directory = LoadRunArguments.Folder(value, root);
            await DefaultLoadReportWriters.Rendered.WriteAsync(run, directory, cancellationToken);
            Console.WriteLine($"rendered index.html, summary.md and stats.csv of {run.RunId} into {directory}");
            return ExitCodes.Passed;
        }));
        return command;
    }
}
