using System.CommandLine;
using S3NotifyConformance.Reports.Matrix;
using S3NotifyConformance.Running;

namespace S3NotifyConformance.Cli.Commands.Matrix;

/// <summary><c>s3notify matrix RUN… [--out DIR]</c>: several stores' conformance runs side by side, written as matrix.html and matrix.md.</summary>
public static class MatrixCommand
{
    private static readonly Argument<string[]> RunsArgument = new("runs") { Description = "Conformance runs (run id, run folder or results.json), one per store", Arity = ArgumentArity.OneOrMore };

    private static readonly Option<string?> OutOption = new("--out") { Description = "Folder for matrix.html and matrix.md (default: the report folder, reports/)" };

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("matrix", "Compare stores side by side: scenarios by family × stores, differences per store (matrix.html, matrix.md)");
        command.Arguments.Add(RunsArgument);
        command.Options.Add(OutOption);
        command.Options.Add(CommonOptions.ReportDirOption);
        command.SetAction((parseResult, cancellationToken) => CliErrors.GuardAsync(async () =>
        {
            var root = parseResult.GetValue(CommonOptions.ReportDirOption) ?? ProjectPaths.Discover().Reports;
            var runs = parseResult.GetValue(RunsArgument)!.Select(r => RunArguments.ReadConformance(r, root)).ToList();
            var matrix = StoreMatrix.Of(runs);
            var output = parseResult.GetValue(OutOption) ?? root;
            await DefaultMatrixReportWriters.All.WriteAsync(matrix, output, cancellationToken);
            foreach (var s in matrix.Stores)
            {
                Console.WriteLine($"{s.Label}: {s.Run.Totals.Passed}/{s.Run.Totals.Scenarios} passed, {s.Run.Differences.Length} difference(s) — {s.Run.Verdict}");
            }

            Console.WriteLine($"written: {Path.Combine(output, "matrix.html")}, matrix.md");
            return ExitCodes.Passed;
        }));
        return command;
    }
}
