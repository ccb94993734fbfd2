using System.CommandLine;
using S3NotifyConformance.Reports;
using S3NotifyConformance.Running;

namespace S3NotifyConformance.Cli.Commands.Report;

/// <summary><c>s3notify report RUN</c>: renders a run's files again from its results.json alone, whatever its kind: a
/// conformance run's junit.xml, summary.md and index.html, a load run's index.html, summary.md and stats.csv, a self-test's
/// summary.md. A results.json that is missing, malformed or of an unknown kind is one line and exit 2.</summary>
public static class ReportCommand
{
    private static readonly Argument<string> RunArgument = new("run") { Description = "Conformance, load or self-test run: run id, run folder or results.json" };

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
            var results = RunArguments.Read(value, root);
            var directory = RunArguments.Folder(value, root);
            await results.RenderAsync(directory, cancellationToken);
            Console.WriteLine($"rendered {string.Join(", ", results.RenderedFiles)} of {RunResultsReader.Name(results.Header.Kind)} run {results.Header.RunId} into {directory}");
            return ExitCodes.Passed;
        }));
        return command;
    }
}
