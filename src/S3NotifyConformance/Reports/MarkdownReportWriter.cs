using System.Text;
using S3NotifyConformance.Judging;

namespace S3NotifyConformance.Reports;

/// <summary>summary.md: the certification report a person reads — verdict and totals, the distinct differences from Amazon
/// S3 biggest first, extensions, accounting, then every failing scenario with its findings.</summary>
public sealed class MarkdownReportWriter : ReportWriterBase
{
    private const int MaxFindingsPerScenario = 20;
    private const int MaxScenariosPerDifference = 12;

    /// <inheritdoc />
    public override string FileName => "summary.md";

    /// <inheritdoc />
    public override string Render(RunResult result)
    {
        var t = result.Totals;
        var md = new StringBuilder();
        md.AppendLine($"# S3 notification conformance: {result.Target.Name}");
        md.AppendLine();
        md.AppendLine($"Run `{result.RunId}` · {result.StartedAt:yyyy-MM-dd HH:mm:ss} UTC · {result.Duration.TotalSeconds:0.0} s · {result.Tool}");
        md.AppendLine($"Target: {result.Target.Kind} at {result.Target.Endpoint} ({result.Target.Region}){(result.Target.Note is null ? string.Empty : $" — {result.Target.Note}")}");
        md.AppendLine($"Machine: {result.Machine}");
        md.AppendLine();
        md.AppendLine("| scenarios | passed | failed | unsupported | known deviation | error |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|");
        md.AppendLine($"| {t.Scenarios} | {t.Passed} | {t.Failed} | {t.Unsupported} | {t.KnownDeviations} | {t.Errors} |");
        md.AppendLine();
        md.AppendLine($"**Verdict: {result.Verdict}.**{(result.Baseline is null ? string.Empty : $" Baseline: `{result.Baseline}`.")}");
        if (result.Interrupted)
        {
            md.AppendLine().AppendLine("The run was interrupted; unfinished scenarios are listed as errors.");
        }

        if (result.StoppedBecause is { } why)
        {
            md.AppendLine().AppendLine($"The run stopped early — {why}; the scenarios it did not run are listed as errors with that reason.");
        }

        ProbeTableMarkdown.Append(md, result.Probe);

        md.AppendLine();
        md.AppendLine(result.CleanupFailures.IsEmpty
            ? "Cleanup: every bucket, queue and topic carrying the run id was removed."
            : $"Cleanup: **{result.CleanupFailures.Length} resource(s) could not be removed**: {string.Join("; ", result.CleanupFailures)}");
        AppendDifferences(md, result);
        AppendExtensions(md, result);
        AppendFaultWindows(md, result);
        AppendAccounting(md, result);
        AppendFailures(md, result);
        AppendList(md, "Unsupported", result.Scenarios.Where(s => s.Outcome == ScenarioOutcome.Unsupported), s => $"lacks {string.Join(", ", s.MissingCapabilities)}");
        AppendList(md, "Known deviations (every finding listed in the baseline)", result.Scenarios.Where(s => s.Outcome == ScenarioOutcome.KnownDeviation), s => s.DeviationReason ?? string.Empty);
        if (!result.FixedDifferences.IsEmpty)
        {
            md.AppendLine().AppendLine("## Fixed (in the baseline, no longer seen: remove the entry)").AppendLine();
            foreach (var e in result.FixedDifferences)
            {
                md.AppendLine($"- `{e.Fingerprint}`: {e.Difference ?? e.Reason} (example scenario `{e.Example}` now shows none)");
            }
        }

        AppendList(md, "Errors", result.Scenarios.Where(s => s.Outcome == ScenarioOutcome.Error), s => s.Error ?? string.Empty);
        return md.ToString();
    }

    private static void AppendDifferences(StringBuilder md, RunResult result)
    {
        if (result.Differences.IsEmpty)
        {
            return;
        }

        var blocking = result.Differences.Count(d => d.Blocking);
        var newOnes = result.Differences.Count(d => d.IsNew);
        md.AppendLine().AppendLine($"## {result.Differences.Length} difference(s) from Amazon S3").AppendLine();
        md.AppendLine($"{newOnes} new, {result.Differences.Length - newOnes} known (baseline); {blocking} blocking (they stop scenarios before " +
                      "their main assertion; what follows from them is not counted again). Biggest first.").AppendLine();
        md.AppendLine("| # | scenarios | status | what | Amazon S3 | this store |").AppendLine("|---:|---:|---|---|---|---|");
        for (var i = 0; i < result.Differences.Length; i++)
        {
            var d = result.Differences[i];
            md.AppendLine($"| [D{i + 1}](#d{i + 1}) | {d.Scenarios.Length} | {Status(d)} | `{d.Rule}` {Cell(d.Aspect)} | {Cell(d.Aws)} | {Cell(d.Store)} |");
        }

        for (var i = 0; i < result.Differences.Length; i++)
        {
            var d = result.Differences[i];
            var x = d.Example;
            md.AppendLine().AppendLine($"### D{i + 1}").AppendLine();
            md.AppendLine($"`{d.Fingerprint}` — {Status(d)}{(d.Known is null ? string.Empty : $": {d.Known}")}").AppendLine();
            md.AppendLine($"- **Amazon S3:** {Cell(d.Aws, 400)} (source: {d.Source})");
            md.AppendLine($"- **This store:** {Cell(d.Store, 400)}");
            md.AppendLine($"- **Change:** {Cell(d.Fix, 400)}");
            md.AppendLine($"- **Example:** `{x.Scenario}`: {Cell(x.Subject, 300)}: expected {Cell(x.Expected, 300)}, actual {Cell(x.Actual, 300)}");
            if (x.RawEvent is not null)
            {
                md.AppendLine($"- **Raw:** `{Cell(x.RawEvent, 600).Replace("`", "'")}`");
            }

            md.AppendLine($"- **Scenarios ({d.Scenarios.Length}):** {string.Join(", ", d.Scenarios.Take(MaxScenariosPerDifference).Select(s => $"`{s}`"))}" +
                          (d.Scenarios.Length > MaxScenariosPerDifference ? $" and {d.Scenarios.Length - MaxScenariosPerDifference} more (results.json)" : string.Empty));
        }
    }

    private static void AppendExtensions(StringBuilder md, RunResult result)
    {
        var extensions = result.Extensions;
        if (extensions.Count == 0)
        {
            return;
        }

        md.AppendLine().AppendLine("## Extensions (fields Amazon S3 does not send; informational)").AppendLine();
        md.AppendLine("| field | scenarios |").AppendLine("|---|---:|");
        foreach (var (path, count) in extensions)
        {
            md.AppendLine($"| `{path}` | {count} |");
        }
    }

    // The faults delivery/* steps applied, as applied: a reader judging "lost" or "duplicated" sees when the destination was down.
    private static void AppendFaultWindows(StringBuilder md, RunResult result)
    {
        var windows = result.Scenarios.SelectMany(s => s.FaultWindows.Select(w => (s.Id, Window: w))).ToList();
        if (windows.Count == 0)
        {
            return;
        }

        md.AppendLine().AppendLine("## Fault windows (applied by scenario steps)").AppendLine();
        md.AppendLine("| scenario | fault | applied to | from (s) | to (s) | length | UTC | error |").AppendLine("|---|---|---|---:|---:|---:|---|---|");
        foreach (var (id, w) in windows)
        {
            md.AppendLine($"| `{id}` | `{w.Fault}` | {Cell(w.AppliedTo)} | {w.StartSeconds:0.000} | {w.EndSeconds:0.000} | {w.Seconds:0.000} s | " +
                          $"{w.StartedAt:HH:mm:ss.fff}–{w.EndedAt:HH:mm:ss.fff} | {Cell(w.Error ?? string.Empty)} |");
        }

        md.AppendLine().AppendLine("Seconds count from the scenario's first step.");
    }

    private static string Status(Judging.Difference d) => (d.IsNew ? "**new**" : "known") + (d.Blocking ? ", blocking" : string.Empty);

    private static void AppendFailures(StringBuilder md, RunResult result)
    {
        var failed = result.Scenarios.Where(s => s.Outcome == ScenarioOutcome.Failed).ToList();
        if (failed.Count == 0)
        {
            return;
        }

        md.AppendLine().AppendLine("## Failed scenarios").AppendLine();
        md.AppendLine("Each finding with its difference's fingerprint; \"follows from\" marks findings caused by a blocking one, or a snapshot " +
                      "difference that restates a rule's finding.");

        foreach (var scenario in failed)
        {
            md.AppendLine().AppendLine($"### {scenario.Id}").AppendLine();
            md.AppendLine($"{scenario.Title} — expected behaviour: {scenario.Source}").AppendLine();
            md.AppendLine("| rule | subject | expected (AWS) | actual | difference |").AppendLine("|---|---|---|---|---|");
            foreach (var f in scenario.Findings.Take(MaxFindingsPerScenario))
            {
                var link = f.CausedBy is null ? $"`{f.Fingerprint}`" : $"follows from `{f.CausedBy}`";
                md.AppendLine($"| `{f.Rule}` | {Cell(f.Subject)} | {Cell(f.Expected)} | {Cell(f.Actual)} | {link} |");
            }

            if (scenario.Findings.Length > MaxFindingsPerScenario)
            {
                md.AppendLine().AppendLine($"… and {scenario.Findings.Length - MaxFindingsPerScenario} more in results.json.");
            }

            if (scenario.ReceivedSnapshot is not null)
            {
                md.AppendLine().AppendLine($"Received snapshot: `{scenario.ReceivedSnapshot}` (after review: `s3notify accept {result.RunId}`).");
            }
        }
    }

    private static void AppendAccounting(StringBuilder md, RunResult result)
    {
        var versions = result.Scenarios.SelectMany(s => s.Counts.EventVersions).Distinct().Order(StringComparer.Ordinal).ToList();
        if (versions.Count > 0)
        {
            md.AppendLine().AppendLine($"eventVersion values seen: {string.Join(", ", versions.Select(v => $"`{v}`"))}.");
        }

        var notable = result.Scenarios.Where(s => s.Id.StartsWith("concurrency/", StringComparison.Ordinal) ||
            s.Counts.Duplicates + s.Counts.Lost + s.Counts.Coalesced + s.Counts.Unexpected + s.Counts.OutOfOrderArrivals > 0).ToList();
        if (notable.Count == 0)
        {
            return;
        }

        md.AppendLine().AppendLine("## Delivery accounting").AppendLine();
        md.AppendLine("| scenario | writes | expected | events | matched | duplicates | lost | coalesced (ratio) | unexpected | out-of-order arrivals | sequencer violations |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in notable)
        {
            var c = s.Counts;
            md.AppendLine($"| `{s.Id}` | {c.Writes} | {c.Expected} | {c.Events} | {c.Matched} | {c.Duplicates} | {c.Lost} | {c.Coalesced} ({c.CoalescingRatio:P0}) | {c.Unexpected} | {c.OutOfOrderArrivals} | {c.SequencerViolations} |");
        }
    }

    private static void AppendList(StringBuilder md, string title, IEnumerable<ScenarioResult> scenarios, Func<ScenarioResult, string> reason)
    {
        var list = scenarios.ToList();
        if (list.Count == 0)
        {
            return;
        }

        md.AppendLine().AppendLine($"## {title}").AppendLine();
        foreach (var s in list)
        {
            md.AppendLine($"- `{s.Id}`: {reason(s)}");
        }
    }

    private static string Cell(string text, int max = 160)
    {
        var clean = text.Replace("|", "\\|").Replace("\n", " ").Replace("\r", " ");
        return clean.Length > max ? clean[..max] + "…" : clean;
    }
}
