using System.Text;
using S3NotifyConformance.Judging;
using S3NotifyConformance.Probing;
using static S3NotifyConformance.Reports.Html.ConformanceHtml;

namespace S3NotifyConformance.Reports;

/// <summary>index.html's lower half: capabilities, the family × outcome grid, extensions and the scenarios.</summary>
public sealed partial class ConformanceHtmlReportWriter
{
    private static void AppendCapabilities(StringBuilder b, RunResult result)
    {
        b.Append("<h2 id=\"capabilities\">Capabilities</h2>\n");
        if (result.Probe is { } probe)
        {
            // Declared against observed: what the capability probe saw the store do, whatever the target declares.
            var rows = probe.Capabilities.Select(c => new[] { $"<code>{E(c.Capability)}</code>", c.Declared ? "yes" : "no", E(c.Observed.ToText()), E(c.Detail) });
            b.Append(Table(["capability", "declared", "observed", "detail"], rows, "capabilities", _ => false));
        }

        var declared = result.Target.Capabilities;
        var missing = result.Scenarios.SelectMany(s => s.MissingCapabilities).GroupBy(c => c, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        b.Append($"<p>Declared by the target: {(declared.IsEmpty ? "none" : string.Join(", ", declared.Order(StringComparer.Ordinal).Select(c => $"<code>{E(c)}</code>")))}.</p>\n");
        if (missing.Count > 0)
        {
            b.Append("<p>Not declared, so the scenarios needing them are <i>unsupported</i> (not failed): " +
                     string.Join(", ", missing.Select(g => $"<code>{E(g.Key)}</code> ({g.Count()})")) + ".</p>\n");
        }
    }

    private static void AppendGrid(StringBuilder b, RunResult result)
    {
        b.Append("<h2 id=\"grid\">Scenario families × outcome</h2>\n");
        var rows = result.Scenarios.GroupBy(s => ScenarioFamily.Of(s.Id), StringComparer.Ordinal).Select(g => new[] { $"<a href=\"#f-{E(Anchor(g.Key))}\"><code>{E(g.Key)}</code></a>", $"{g.Count()}" }
            .Concat(Outcomes.Select(o => g.Count(s => s.Outcome == o)).Select((n, i) => n == 0 ? "<span class=\"none\">0</span>" : $"<span class=\"tag {Class(Outcomes[i])}\">{n}</span>")));
        b.Append(Table(["family", "scenarios", .. Outcomes.Select(Word)], rows, "grid", i => i > 0));
    }

    private static void AppendExtensions(StringBuilder b, RunResult result)
    {
        var extensions = result.Extensions;
        if (extensions.Count == 0)
        {
            return;
        }

        b.Append("<h2 id=\"extensions\">Extensions (record fields Amazon S3 does not send; informational)</h2>\n");
        b.Append(Table(["field", "scenarios"], extensions.Select(x => new[] { $"<code>{E(x.Key)}</code>", $"{x.Value}" }), numeric: i => i == 1));
    }

    private static void AppendFaultWindows(StringBuilder b, RunResult result)
    {
        var windows = result.Scenarios.SelectMany(s => s.FaultWindows.Select(w => (s.Id, Window: w))).ToList();
        if (windows.Count == 0)
        {
            return;
        }

        b.Append("<h2 id=\"faults\">Fault windows (applied by scenario steps)</h2>\n<p class=\"muted\">As applied; seconds count from the scenario's first step.</p>\n");
        var rows = windows.Select(x => new[]
        {
            $"<code>{E(x.Id)}</code>", $"<code>{E(x.Window.Fault)}</code>", E(x.Window.AppliedTo), $"{x.Window.StartSeconds:0.000}", $"{x.Window.EndSeconds:0.000}",
            $"{x.Window.Seconds:0.000} s", $"{x.Window.StartedAt:HH:mm:ss.fff}–{x.Window.EndedAt:HH:mm:ss.fff}", E(x.Window.Error ?? string.Empty),
        });
        b.Append(Table(["scenario", "fault", "applied to", "from (s)", "to (s)", "length", "UTC", "error"], rows, "faults", i => i is 3 or 4 or 5));
    }

    private static void AppendScenarios(StringBuilder b, RunResult result)
    {
        b.Append("<h2 id=\"scenarios\">Scenarios</h2>\n<p class=\"muted\">Each opens to its findings (expected per Amazon S3, actual), the raw records received and the public evidence.</p>\n");
        foreach (var family in result.Scenarios.GroupBy(s => ScenarioFamily.Of(s.Id), StringComparer.Ordinal))
        {
            b.Append($"<h3 id=\"f-{E(Anchor(family.Key))}\">{E(family.Key)}</h3>\n");
            foreach (var s in family)
            {
                AppendScenario(b, s);
            }
        }
    }

    private static void AppendScenario(StringBuilder b, ScenarioResult s)
    {
        b.Append($"<details id=\"{ScenarioAnchor(s.Id)}\"><summary>{Badge(s.Outcome)} <code>{E(s.Id)}</code> {E(s.Title)}</summary>\n");
        b.Append($"<p>Evidence (Amazon S3's behaviour): {Linked(s.Source)}</p>\n");
        var c = s.Counts;
        b.Append($"<p class=\"muted\">{s.DurationMs:0} ms · writes {c.Writes} · expected events {c.Expected} · events {c.Events} · matched {c.Matched} · duplicates {c.Duplicates} · " +
                 $"lost {c.Lost} · coalesced {c.Coalesced} · unexpected {c.Unexpected} · sequencer violations {c.SequencerViolations}" +
                 $"{(c.EventVersions.IsEmpty ? string.Empty : " · eventVersion " + E(string.Join(", ", c.EventVersions)))}</p>\n");
        if (!s.MissingCapabilities.IsEmpty)
        {
            b.Append($"<p>Unsupported: the target does not declare {string.Join(", ", s.MissingCapabilities.Select(m => $"<code>{E(m)}</code>"))}.</p>\n");
        }

        if (s.Error is not null)
        {
            b.Append($"<p>Error (the harness could not judge it): {E(s.Error)}</p>\n");
        }

        if (s.DeviationReason is not null)
        {
            b.Append($"<p>Baseline: {E(s.DeviationReason)}</p>\n");
        }

        if (!s.Findings.IsEmpty)
        {
            b.Append(Table(
                ["rule", "subject", "expected (Amazon S3)", "actual", "difference"],
                s.Findings.Select(f => new[]
                {
                    $"<code>{E(f.Rule)}</code>", E(f.Subject), E(f.Expected), E(f.Actual),
                    f.CausedBy is null ? $"<code>{E(f.Fingerprint)}</code>" : $"follows from <code>{E(f.CausedBy)}</code>",
                }),
                "wide",
                widths: ["130px", "", "", "", "190px"]));
        }

        var raw = s.Findings.Select(f => f.RawEvent).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (raw.Count > 0)
        {
            b.Append($"<p>Raw records received ({raw.Count}):</p>\n");
            foreach (var r in raw)
            {
                b.Append($"<pre>{E(r)}</pre>\n");
            }
        }

        if (s.ReceivedSnapshot is not null)
        {
            b.Append($"<p class=\"muted\">Received snapshot: <code>{E(s.ReceivedSnapshot)}</code></p>\n");
        }

        if (!s.Extensions.IsEmpty)
        {
            b.Append($"<p class=\"muted\">Extensions: {string.Join(", ", s.Extensions.Select(x => $"<code>{E(x)}</code>"))}</p>\n");
        }

        b.Append("</details>\n");
    }

    private static string Anchor(string text) => ScenarioAnchor(text)[2..];
}
