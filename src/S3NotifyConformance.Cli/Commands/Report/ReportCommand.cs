using System.CommandLine;
using S3NotifyConformance.Reports;
using S3NotifyConformance.Reports.Load;
using S3NotifyConformance.Running;

namespace S3NotifyConformance.Cli.Commands.Report;

/// <summary><c>s3notify report RUN-ID</c>: renders a run's reports again from its results.json alone: a conformance run's
/// junit.xml, summary.md and index.html, or a load run's index.html, summary.md and stats.csv.</summary>
public static class ReportCommand
{
    private static readonly Argument<string> RunArgument = new("run") { Description = "Conformance or load run: run id, run folder or results.json" };

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("report", "Render a run's reports again from its results.json");
        command.Arguments.Add(RunArgument);
        command.Options.Add(CommonOptions.ReportDirOption);
        command.SetAction((parseResult, cancellationToken) => CliErrors.GuardAsync(async () =>
        {
            var root = parseResult.GetValue(CommonOptions.ReportDirOption) ?? ProjectPaths.Discover().Reports;
            var value = parseResult.GetValue(RunArgument)!;
            var directory = LoadRunArguments.Folder(value, root);
            if (ConformanceRunArguments.IsLoadRun(value, root))
            {
                var load = LoadRunArguments.Read(value, root);
                await DefaultLoadReportWriters.Rendered.WriteAsync(load, directory, cancellationToken);
                Console.WriteLine($"rendered index.html, summary.md and stats.csv of {load.RunId} into {directory}");
                return ExitCodes.Passed;
            }

            var run = ConformanceRunArguments.Read(value, root);
            await DefaultReportWriters.Rendered.WriteAsync(run, directory, cancellationToken);
            Console.WriteLine($"rendered {string.Join(", ", DefaultReportWriters.RenderedFiles)} of {run.RunId} into {directory}");
            return ExitCodes.Passed;
        }));
        return command;
    }
}
