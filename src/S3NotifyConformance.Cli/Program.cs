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
using S3NotifyConformance.Cli.Commands.Probe;
using S3NotifyConformance.Cli.Commands.Report;
using S3NotifyConformance.Cli.Commands.Run;
using S3NotifyConformance.Cli.Commands.SelfTest;
using S3NotifyConformance.Cli.Commands.Serve;
using S3NotifyConformance.Cli.Commands.Sweep;
using S3NotifyConformance.Cli.Commands.Verify;

if (Console.IsOutputRedirected)
{
    // Logs (CI, files) are read whole: do not wrap lines at the default 80 columns.
    Spectre.Console.AnsiConsole.Profile.Width = 400;
}

var root = new RootCommand("s3notify: conformance and load testing of S3 event notifications against Amazon S3's behaviour");
root.Subcommands.Add(RunCommandDefinition.Create());
root.Subcommands.Add(ProbeCommandDefinition.Create());
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
root.Subcommands.Add(SelfTestCommandDefinition.Create());
root.Subcommands.Add(SweepCommandDefinition.Create());

ParseResult parse;
try
{
    parse = root.Parse(args);
}
catch (Exception e) when (CliErrors.OneLine(e) is { } line)
{
    // A command validator read an option whose value did not convert (e.g. --parallel abc).
    await Console.Error.WriteLineAsync($"s3notify: {line}");
    return ExitCodes.UsageOrSetupError;
}

if (parse.Errors.Count > 0)
{
    // One line whatever the number of problems, so a CI log shows the whole cause.
    await Console.Error.WriteLineAsync($"s3notify: {string.Join("; ", parse.Errors.Select(e => e.Message))} (see 's3notify --help')");
    return ExitCodes.UsageOrSetupError;
}

// Ctrl+C is handled by the verbs (ShutdownSignal) so that cleanup can finish; the parser must not kill the process.
// Exceptions reach this one place, which prints a usage or setup problem as one line with exit 2, whatever the verb.
try
{
    return await CliErrors.GuardAsync(() => parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false }));
}
catch (Exception e)
{
    // Not a usage or setup problem: a bug of the tool, reported whole.
    await Console.Error.WriteLineAsync($"s3notify: internal error: {e}");
    return ExitCodes.Failed;
}
