using System.CommandLine;
using S3NotifyConformance.Reports.Diff;
using S3NotifyConformance.Running;

namespace S3NotifyConformance.Cli.Commands.Diff;

/// <summary><c>s3notify diff OLD NEW [--out DIR]</c>: what changed between two conformance runs of one store, printed and
/// written as diff.md; exit 1 when anything is new (a difference, a newly failing scenario), 0 otherwise.</summary>
public static class DiffCommand
{
    private static readonly Argument<string> OldArgument = new("old") { Description = "The earlier conformance run: run id, run folder or results.json" };

    private static readonly Argument<string> NewArgument = new("new") { Description = "The later conformance run of the same store" };

    private static readonly Option<string?> OutOption = new("--out") { Description = "Folder for diff.md (default: the new run's folder)" };

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("diff", "What changed between two conformance runs of one store (diff.md); exit 1 when anything is new");
        command.Arguments.Add(OldArgument);
        command.Arguments.Add(NewArgument);
        command.Options.Add(OutOption);
        command.Options.Add(CommonOptions.ReportDirOption);
        command.SetAction((parseResult, cancellationToken) => CliErrors.GuardAsync(async () =>
        {
            var root = parseResult.GetValue(CommonOptions.ReportDirOption) ?? ProjectPaths.Discover().Reports;
            var newValue = parseResult.GetValue(NewArgument)!;
            var diff = RunDiff.Of(RunArguments.ReadConformance(parseResult.GetValue(OldArgument)!, root), RunArguments.ReadConformance(newValue, root));
            var writer = new RunDiffMarkdownWriter();
            var output = parseResult.GetValue(OutOption) ?? RunArguments.Folder(newValue, root);
            Console.Write(writer.Render(diff));
            await writer.WriteAsync(diff, output, cancellationToken);
            Console.WriteLine();
            Console.WriteLine($"written: {Path.Combine(output, writer.FileName)}");
            return diff.HasNew ? ExitCodes.Failed : ExitCodes.Passed;
        }));
        return command;
    }
}
