using System.CommandLine;
using S3NotifyConformance.Probing;
using S3NotifyConformance.Running;
using Spectre.Console;

namespace S3NotifyConformance.Cli.Commands.Probe;

/// <summary>Does <c>s3notify probe</c>: runs the capability probe alone and prints its table; exit 1 on a finding.</summary>
public static class ProbeCommand
{
    /// <summary>The command's action.</summary>
    public static Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken) => CliErrors.GuardAsync(async () =>
    {
        var paths = ProjectPaths.Discover();
        using var shutdown = new ShutdownSignal();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, shutdown.Token);
        ProbeOutcome outcome;
        try
        {
            outcome = await new ProbeRunner(BuiltInTargets.Catalog(paths), new ConsoleRunProgress()).ProbeAsync(parseResult.GetValue(CommonOptions.TargetOption), linked.Token);
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            // As an interrupted run: what the probe created was removed on the way out; nothing was judged.
            await Console.Error.WriteLineAsync("s3notify: probe interrupted");
            return ExitCodes.Failed;
        }

        Print(outcome);
        return outcome.Passed ? ExitCodes.Passed : ExitCodes.Failed;
    });

    private static void Print(ProbeOutcome outcome)
    {
        if (outcome.Probe is not { } probe)
        {
            AnsiConsole.MarkupLine($"[grey]target unavailable: {Markup.Escape(outcome.UnavailableReason ?? "unknown")}; nothing probed[/]");
            return;
        }

        var table = new Table().AddColumns("capability", "declared", "observed", "detail");
        foreach (var row in probe.Capabilities)
        {
            var color = row.Observed switch
            {
                ObservedCapability.Works => "green",
                ObservedCapability.Ignored or ObservedCapability.DamagesData => "red",
                ObservedCapability.Error => "yellow",
                _ => "grey",
            };
            table.AddRow(Markup.Escape(row.Capability), row.Declared ? "yes" : "no", $"[{color}]{Markup.Escape(row.Observed.ToText())}[/]", Markup.Escape(row.Detail));
        }

        AnsiConsole.Write(table);
        foreach (var finding in probe.Findings)
        {
            AnsiConsole.MarkupLine($"[red]finding[/] {Markup.Escape(finding.Describe())}");
        }

        AnsiConsole.MarkupLine(
            $"{(probe.Passed ? "[green]passed[/]" : "[red]differs[/]")}: {probe.Findings.Length} finding(s) on {Markup.Escape(outcome.Target)}, " +
            $"run {outcome.RunId}, {probe.DurationMs / 1000:0.0} s");
    }
}
