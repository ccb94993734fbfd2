using System.CommandLine;
using S3NotifyConformance.Cli;
using S3NotifyConformance.Cli.Commands.Accept;
using S3NotifyConformance.Cli.Commands.Baseline;
using S3NotifyConformance.Cli.Commands.Bench;
using S3NotifyConformance.Cli.Commands.Certify;
using S3NotifyConformance.Cli.Commands.Compare;
using S3NotifyConformance.Cli.Commands.Diff;
using S3NotifyConformance.Cli.Commands.List;
using S3NotifyConformance.Cli.Commands.Load;
using S3NotifyConformance.Cli.Commands.Matrix;
using S3NotifyConformance.Cli.Commands.Merge;
using S3NotifyConformance.Cli.Commands.Report;
using S3NotifyConformance.Cli.Commands.Run;
using S3NotifyConformance.Cli.Commands.Serve;
using S3NotifyConformance.Cli.Commands.Verify;

if (Console.IsOutputRedirected)
{
    // Logs (CI, files) are read whole: do not wrap lines at the default 80 columns.
    Spectre.Console.AnsiConsole.Profile.Width = 400;
}

var root = new RootCommand("s3notify: conformance and load testing of S3 event notifications against Amazon S3's behaviour");
root.Subcommands.Add(RunCommandDefinition.Create());
root.Subcommands.Add(ListCommand.Create());
root.Subcommands.Add(AcceptCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(BaselineCommand.Create());
root.Subcommands.Add(LoadCommandDefinition.Create());
root.Subcommands.Add(CompareCommand.Create());
root.Subcommands.Add(MergeCommand.Create());
root.Subcommands.Add(ReportCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(MatrixCommand.Create());
root.Subcommands.Add(DiffCommand.Create());
root.Subcommands.Add(CertifyCommand.Create());
root.Subcommands.Add(VerifyCommand.Create());

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        await Console.Error.WriteLineAsync($"s3notify: {error.Message}");
    }

    await Console.Error.WriteLineAsync("s3notify: see 's3notify --help'");
    return ExitCodes.UsageOrSetupError;
}

// Ctrl+C is handled by the verbs (ShutdownSignal) so that cleanup can finish; the parser must not kill the process.
return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
