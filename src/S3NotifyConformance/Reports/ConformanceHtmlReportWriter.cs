using System.Text;
using S3NotifyConformance.Judging;
using static S3NotifyConformance.Reports.Html.ConformanceHtml;

namespace S3NotifyConformance.Reports;

/// <summary>index.html of a conformance run: the verdict, the distinct differences from Amazon S3 biggest first, the target's
/// capabilities, a family × outcome grid, then every scenario (collapsible) with its findings, the raw records and the public
/// evidence. Self-contained (inline CSS, no scripts), rendered from results.json alone, every text escaped.</summary>
public sealed partial class ConformanceHtmlReportWriter : ReportWriterBase
{
    /// <inheritdoc />
    public override string FileName => "index.html";

    /// <inheritdoc />
    public override string Render(RunResult result)
    {
        var b = new StringBuilder();
        AppendHeader(b, result);
        AppendDifferences(b, result);
        AppendCapabilities(b, result);
        AppendGrid(b, result);
        AppendExtensions(b, result);
        AppendFaultWindows(b, result);
        AppendScenarios(b, result);
        b.Append("<p class=\"muted\">Rendered from results.json alone (<code>s3notify report RUN</code> renders it again).</p>\n");
        return Page($"s3notify {result.Target.Name} {result.RunId}", b.ToString());
    }

    private static void AppendHeader(StringBuilder b, RunResult result)
    {
        var t = result.Totals;
        var target = result.Target;
        b.Append($"<h1>S3 notification conformance: {E(target.Name)}</h1>\n");
        b.Append($"<p class=\"muted\">run {E(result.RunId)} · {result.StartedAt:yyyy-MM-dd HH:mm:ss} UTC · {result.Duration.TotalSeconds:0.0} s · {E(result.Tool)}<br>");
        b.Append($"target: {E(target.Kind)} at {E(target.Endpoint)} ({E(target.Region)}){(target.Note is null ? string.Empty : " — " + E(target.Note))}<br>");
        b.Append($"machine: {E(result.Machine.Description)}{(result.Baseline is null ? string.Empty : $"<br>baseline: {E(result.Baseline)}")}</p>\n");
        var verdictClass = result.Succeeded ? (result.Differences.IsEmpty ? "pass" : "known") : "fail";
        b.Append($"<p id=\"verdict\"><span class=\"verdict {verdictClass}\">Verdict: {E(result.Verdict)}</span></p>\n");
        b.Append(Table(
            ["scenarios", Badge(ScenarioOutcome.Passed), Badge(ScenarioOutcome.Failed), Badge(ScenarioOutcome.KnownDeviation), Badge(ScenarioOutcome.Unsupported), Badge(ScenarioOutcome.Error)],
            [[$"{t.Scenarios}", $"{t.Passed}", $"{t.Failed}", $"{t.KnownDeviations}", $"{t.Unsupported}", $"{t.Errors}"]],
            numeric: _ => true));
        if (result.Interrupted)
        {
            b.Append("<p><b>The run was interrupted</b>; unfinished scenarios are listed as errors.</p>\n");
        }

        b.Append(result.CleanupFailures.IsEmpty
            ? "<p class=\"muted\">Cleanup: every bucket, queue and topic carrying the run id was removed.</p>\n"
            : $"<p><b>Cleanup: {result.CleanupFailures.Length} resource(s) could not be removed</b></p><ul>{string.Concat(result.CleanupFailures.Select(f => $"<li>{E(f)}</li>"))}</ul>\n");
    }

    private static void AppendDifferences(StringBuilder b, RunResult result)
    {
        b.Append("<h2 id=\"differences\">Differences from Amazon S3</h2>\n");
        if (result.Differences.IsEmpty)
        {
            b.Append("<p>None: every judged scenario behaved as Amazon S3 does.</p>\n");
        }
        else
        {
            var newOnes = result.Differences.Count(d => d.IsNew);
            b.Append($"<p>{result.Differences.Length} distinct difference(s), biggest first: {newOnes} new, {result.Differences.Length - newOnes} known (baseline), " +
                     $"{result.Differences.Count(d => d.Blocking)} blocking (they stop scenarios before their main assertion).</p>\n");
            b.Append(Table(
                ["#", "scenarios", "status", "what", "Amazon S3", "this store"],
                result.Differences.Select((d, i) => new[]
                {
                    $"<a href=\"#d{i + 1}\">D{i + 1}</a>", $"{d.Scenarios.Length}", Status(d), $"<code>{E(d.Rule)}</code> {E(d.Aspect)}", E(d.Aws), E(d.Store),
                }),
                "wide differences",
                i => i == 1,
                ["44px", "74px", "120px", "", "", ""]));
            for (var i = 0; i < result.Differences.Length; i++)
            {
                AppendDifference(b, result.Differences[i], i + 1);
            }
        }

        if (!result.FixedDifferences.IsEmpty)
        {
            b.Append("<h3>Fixed (in the baseline, no longer seen: remove the entry)</h3><ul>\n");
            foreach (var e in result.FixedDifferences)
            {
                b.Append($"<li><code>{E(e.Fingerprint)}</code>: {E(e.Difference ?? e.Reason)} (example scenario <code>{E(e.Example)}</code> now shows none)</li>\n");
            }

            b.Append("</ul>\n");
        }
    }

    private static void AppendDifference(StringBuilder b, Difference d, int number)
    {
        var x = d.Example;
        b.Append($"<details id=\"d{number}\"><summary><b>D{number}</b> {Status(d)} <code>{E(d.Rule)}</code> {E(d.Aspect)} — {d.Scenarios.Length} scenario(s)</summary>\n");
        b.Append(Table(["", ""],
        [
            ["fingerprint", $"<code>{E(d.Fingerprint)}</code>"],
            ["status", d.Known is null ? "new: no baseline lists it" : $"known: {E(d.Known)}"],
            ["Amazon S3", $"{E(d.Aws)}<br><span class=\"muted\">source: {Linked(d.Source)}</span>"],
            ["this store", E(d.Store)],
            ["change", E(d.Fix)],
            ["example", $"<a href=\"#{ScenarioAnchor(x.Scenario)}\"><code>{E(x.Scenario)}</code></a>: {E(x.Subject)}<br>expected {E(x.Expected)}<br>actual {E(x.Actual)}"],
        ], "wide", widths: ["110px", ""]));
        if (x.RawEvent is not null)
        {
            b.Append($"<pre>{E(x.RawEvent)}</pre>\n");
        }

        b.Append($"<p>Scenarios: {string.Join(", ", d.Scenarios.Select(s => $"<a href=\"#{ScenarioAnchor(s)}\"><code>{E(s)}</code></a>"))}</p></details>\n");
    }

    /// <summary>The anchor of a scenario's section: its id with anything but letters, digits, '-' and '_' replaced.</summary>
    public static string ScenarioAnchor(string scenarioId) =>
        "s-" + string.Concat(scenarioId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c.ToString() : $".{(int)c:x}"));
}
