using System.Text;
using S3NotifyConformance.Judging;

namespace S3NotifyConformance.Reports;

/// <summary>summary.md: the certification report a person reads — totals, then every failing scenario with its findings.</summary>
public sealed class MarkdownReportWriter : ReportWriterBase
{
    private const int MaxFindingsPerScenario = 20;

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
        md.AppendLine(result.Succeeded ? "**Verdict: conforms** on every supported scenario." : "**Verdict: differs from Amazon S3** — see below.");
        if (result.Interrupted)
        {
            md.AppendLine().AppendLine("The run was interrupted; unfinished scenarios are listed as errors.");
        }

        ProbeTableMarkdown.Append(md, result.Probe);

        md.AppendLine();
        md.AppendLine(result.CleanupFailures.IsEmpty
            ? "Cleanup: every bucket, queue and topic carrying the run id was removed."
            : $"Cleanup: **{result.CleanupFailures.Length} resource(s) could not be removed**: {string.Join("; ", result.CleanupFailures)}");
        AppendAccounting(md, result);
        AppendFailures(md, result);
        AppendList(md, "Unsupported", result.Scenarios.Where(s => s.Outcome == ScenarioOutcome.Unsupported), s => $"lacks {string.Join(", ", s.MissingCapabilities)}");
        AppendList(md, "Known deviations (baseline)", result.Scenarios.Where(s => s.Outcome == ScenarioOutcome.KnownDeviation), s => s.DeviationReason ?? string.Empty);
        AppendList(md, "Fixed (in the baseline, now passing: remove the entry)", result.Scenarios.Where(s => s.Outcome == ScenarioOutcome.Passed && s.DeviationReason is not null), s => s.DeviationReason ?? string.Empty);
        AppendList(md, "Errors", result.Scenarios.Where(s => s.Outcome == ScenarioOutcome.Error), s => s.Error ?? string.Empty);
        return md.ToString();
    }

    private static void AppendFailures(StringBuilder md, RunResult result)
    {
        var failed = result.Scenarios.Where(s => s.Outcome == ScenarioOutcome.Failed).ToList();
        if (failed.Count == 0)
        {
            return;
        }

        md.AppendLine().AppendLine("## Where the store differs from Amazon S3").AppendLine();
        md.AppendLine("| rule | findings |").AppendLine("|---|---:|");
        foreach (var group in failed.SelectMany(s => s.Findings).GroupBy(f => f.Rule).OrderByDescending(g => g.Count()))
        {
            md.AppendLine($"| `{group.Key}` | {group.Count()} |");
        }

        foreach (var scenario in failed)
        {
            md.AppendLine().AppendLine($"### {scenario.Id}").AppendLine();
            md.AppendLine($"{scenario.Title} — expected behaviour: {scenario.Source}").AppendLine();
            md.AppendLine("| rule | subject | expected (AWS) | actual |").AppendLine("|---|---|---|---|");
            foreach (var f in scenario.Findings.Take(MaxFindingsPerScenario))
            {
                md.AppendLine($"| `{f.Rule}` | {Cell(f.Subject)} | {Cell(f.Expected)} | {Cell(f.Actual)} |");
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

    private static string Cell(string text)
    {
        var clean = text.Replace("|", "\\|").Replace("\n", " ");
        return clean.Length > 160 ? clean[..160] + "…" : clean;
    }
}
