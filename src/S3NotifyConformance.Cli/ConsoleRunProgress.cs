using S3NotifyConformance.Judging;
using S3NotifyConformance.Reports;
using S3NotifyConformance.Running;
using Spectre.Console;

namespace S3NotifyConformance.Cli;

/// <summary>Shows a run on the console: one line per scenario as it finishes, with the first finding of a failure.</summary>
public sealed class ConsoleRunProgress : IRunProgress
{
    private readonly Lock _lock = new();
    private int _done;
    private int _total;

    /// <inheritdoc />
    public void RunStarted(string runId, TargetSummary target, int total)
    {
        _total = total;
        AnsiConsole.MarkupLine($"[bold]s3notify[/] run [blue]{runId}[/]: {total} scenario(s) on [bold]{Markup.Escape(target.Name)}[/] ({Markup.Escape(target.Endpoint)})");
    }

    /// <inheritdoc />
    public void ScenarioFinished(ScenarioResult result)
    {
        lock (_lock)
        {
            _done++;
            var (mark, color) = result.Outcome switch
            {
                ScenarioOutcome.Passed => ("pass", "green"),
                ScenarioOutcome.Failed => ("FAIL", "red"),
                ScenarioOutcome.Unsupported => ("unsupported", "grey"),
                ScenarioOutcome.KnownDeviation => ("known", "yellow"),
                _ => ("ERROR", "red"),
            };
            var detail = result.Outcome switch
            {
                ScenarioOutcome.Failed when result.Findings.FirstOrDefault() is { } f => " — " + f.Describe(),
                ScenarioOutcome.Unsupported => $" — lacks {string.Join(", ", result.MissingCapabilities)}",
                ScenarioOutcome.Error => $" — {result.Error}",
                _ => string.Empty,
            };
            if (detail.Length > 220)
            {
                detail = detail[..220] + "…";
            }

            AnsiConsole.MarkupLine($"[grey]{_done,4}/{_total}[/] [{color}]{mark,-11}[/] {Markup.Escape(result.Id)} [grey]{result.DurationMs:0} ms{Markup.Escape(detail)}[/]");
        }
    }

    /// <inheritdoc />
    public void Info(string message) => AnsiConsole.MarkupLine($"[grey]{Markup.Escape(message)}[/]");

    /// <summary>Prints the closing totals.</summary>
    public static void PrintTotals(RunResult result)
    {
        const int shown = 10;
        var t = result.Totals;
        if (!result.Differences.IsEmpty)
        {
            var newOnes = result.Differences.Count(d => d.IsNew);
            AnsiConsole.MarkupLine($"{result.Differences.Length} difference(s) from Amazon S3 ({newOnes} new, {result.Differences.Count(d => d.Blocking)} blocking), biggest first:");
            foreach (var d in result.Differences.Take(shown))
            {
                var status = (d.IsNew ? "[red]new[/]  " : "known") + (d.Blocking ? " blocking" : string.Empty);
                AnsiConsole.MarkupLine(Markup.Escape($"  {d.Scenarios.Length,4} scenario(s) ") + status +
                                       Markup.Escape($" {d.Rule} {d.Aspect}: Amazon S3 {Short(d.Aws)}; this store {Short(d.Store)}"));
            }

            if (result.Differences.Length > shown)
            {
                AnsiConsole.MarkupLine($"  … {result.Differences.Length - shown} more in summary.md");
            }
        }

        AnsiConsole.MarkupLine(
            $"{(!result.Succeeded ? "[red]differs[/]" : result.Differences.IsEmpty ? "[green]conforms[/]" : "[yellow]known differences only[/]")}: {t.Passed} passed, {t.Failed} failed, {t.Unsupported} unsupported, " +
            $"{t.KnownDeviations} known deviation(s), {t.Errors} error(s){(result.Probe is { Findings.Length: > 0 and var n } ? $", {n} capability finding(s)" : string.Empty)} in {result.Duration.TotalSeconds:0.0} s");
        AnsiConsole.MarkupLine(Markup.Escape($"verdict: {result.Verdict}"));
    }

    private static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
