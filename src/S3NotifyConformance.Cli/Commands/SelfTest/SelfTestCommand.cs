using System.Collections.Immutable;
using System.CommandLine;
using S3NotifyConformance.ReferenceStore.Faults;
using S3NotifyConformance.Reports.SelfTest;
using S3NotifyConformance.Running;
using S3NotifyConformance.Running.SelfTest;
using Spectre.Console;

namespace S3NotifyConformance.Cli.Commands.SelfTest;

/// <summary>Does <c>s3notify selftest</c>: lists the faults, or runs them and prints the verdict table; exit 0 when every
/// must-fail fault was caught and nothing else failed a run, 1 otherwise.</summary>
public static class SelfTestCommand
{
    /// <summary>The command's action.</summary>
    public static Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken) => CliErrors.GuardAsync(async () =>
    {
        if (parseResult.GetValue(SelfTestCommandDefinition.ListOption))
        {
            PrintCatalog();
            return ExitCodes.Passed;
        }

        var paths = ProjectPaths.Discover();
        var faults = (parseResult.GetValue(SelfTestCommandDefinition.FaultOption) ?? []).Select(n => StoreFaultCatalog.Parse(n).Fault).Distinct().ToImmutableArray();
        var options = new SelfTestOptions(
            faults,
            parseResult.GetValue(CommonOptions.FilterOption),
            parseResult.GetValue(CommonOptions.ReportDirOption) ?? paths.Reports,
            paths,
            parseResult.GetValue(SelfTestCommandDefinition.ParallelOption) ?? 2);
        var count = (faults.IsEmpty ? StoreFaultCatalog.All.Length : faults.Length) + 1;
        Console.WriteLine($"self-test: {count} runs (a control run without fault, then one per fault) of {(options.Filter is null ? "the whole suite" : $"'{options.Filter}'")}, {options.Parallelism} at once");
        using var shutdown = new ShutdownSignal();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, shutdown.Token);
        var (result, directory) = await new SelfTestRunner(PrintProgress).RunAsync(options, linked.Token);
        PrintTable(result);
        Console.WriteLine($"reports: {directory}");
        return result.Succeeded ? ExitCodes.Passed : ExitCodes.Failed;
    });

    private static void PrintProgress(FaultVerdict verdict)
    {
        lock (Console.Out)
        {
            Console.WriteLine($"  {verdict.Verdict,-11} {verdict.Fault,-28} {verdict.FailedScenarios.Length,4}/{verdict.Scenarios} failed  {verdict.DurationSeconds,5:0.0} s  {string.Join(", ", verdict.Rules.Select(r => r.Rule))}");
        }
    }

    private static void PrintCatalog()
    {
        var table = new Table().AddColumns("fault", "area", "a run must", "what the store does");
        foreach (var f in StoreFaultCatalog.All)
        {
            table.AddRow(Markup.Escape(f.Name), f.Area.ToString(), f.MustFail ? "fail" : "not fail", Markup.Escape(f.Description));
        }

        AnsiConsole.Write(table);
    }

    private static void PrintTable(SelfTestResult result)
    {
        var table = new Table().AddColumns("fault", "must", "verdict", "failed", "rules (findings)");
        foreach (var f in result.Faults)
        {
            var verdict = f.AsExpected ? f.Verdict : $"[red]{f.Verdict}[/]";
            table.AddRow(Markup.Escape(f.Fault), f.MustFail ? "fail" : "not fail", verdict, $"{f.FailedScenarios.Length}/{f.Scenarios}",
                Markup.Escape(string.Join(", ", f.Rules.Select(r => $"{r.Rule} ({r.Findings})"))));
        }

        AnsiConsole.Write(table);
        Console.WriteLine($"score: {result.Caught}/{result.MustFailCount} must-fail faults caught ({result.Score:0%}); {result.FalseAlarms} false alarm(s); {result.Duration.TotalSeconds:0} s");
        if (result.Interrupted)
        {
            Console.WriteLine("interrupted: faults without a verdict are not listed");
        }

        foreach (var gap in result.Faults.Where(f => !f.AsExpected))
        {
            Console.WriteLine($"gap: {gap.Fault} {gap.Verdict}{(gap.Note is null ? string.Empty : $": {gap.Note}")}");
        }
    }
}
