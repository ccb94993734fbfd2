using System.Text;
using S3NotifyConformance.Judging;
using static S3NotifyConformance.Reports.Html.ConformanceHtml;

namespace S3NotifyConformance.Reports.Matrix;

/// <summary>matrix.html: totals per store, the differences with the stores that show them, then every scenario (grouped by
/// family) × store, each cell coloured by outcome. Self-contained, rendered from the runs' results.json alone.</summary>
public sealed class MatrixHtmlReportWriter : FileReportWriterBase<StoreMatrix>
{
    /// <inheritdoc />
    public override string FileName => "matrix.html";

    /// <inheritdoc />
    public override string Render(StoreMatrix matrix)
    {
        var b = new StringBuilder();
        b.Append($"<h1>S3 notification conformance: {matrix.Stores.Length} store(s) side by side</h1>\n");
        b.Append("<h2 id=\"totals\">Totals</h2>\n");
        b.Append(Table(
            ["store", "run", "tool", "verdict", "scenarios", .. Outcomes.Select(Badge), "differences (new)"],
            matrix.Stores.Select(s => (string[])
            [
                $"<b>{E(s.Label)}</b>", E(s.Run.RunId), E(s.Run.Tool), E(s.Run.Verdict), $"{s.Run.Scenarios.Length}",
                .. Outcomes.Select(o => $"{s.Run.Scenarios.Count(x => x.Outcome == o)}"),
                $"{s.Run.Differences.Length} ({s.Run.Differences.Count(d => d.IsNew)})",
            ]),
            numeric: i => i >= 4));
        AppendDifferences(b, matrix);
        AppendScenarios(b, matrix);
        b.Append("<p class=\"muted\">Rendered from the runs' results.json by <code>s3notify matrix</code>.</p>\n");
        return Page("s3notify matrix", b.ToString());
    }

    private static void AppendDifferences(StringBuilder b, StoreMatrix matrix)
    {
        b.Append("<h2 id=\"differences\">Differences from Amazon S3</h2>\n");
        var differences = matrix.Differences;
        if (differences.IsEmpty)
        {
            b.Append("<p>None: every store behaved as Amazon S3 does on every scenario it ran.</p>\n");
            return;
        }

        b.Append("<p class=\"muted\">Per store: the scenarios showing the difference (new or known to that store's baseline).</p>\n");
        b.Append(Table(
            ["what", "Amazon S3", .. matrix.Stores.Select(s => E(s.Label))],
            differences.Select(d => (string[])
            [
                $"<code>{E(d.Example.Rule)}</code> {E(d.Example.Aspect)}<br><span class=\"muted\">{E(d.Example.Fingerprint)}</span>", E(d.Example.Aws),
                .. d.PerStore.Select(x => x is null ? "<span class=\"none\">—</span>" : $"<span class=\"tag {(x.IsNew ? "fail" : "known")}\">{x.Scenarios.Length}</span> {E(x.Store)}"),
            ]),
            "wide"));
    }

    private static void AppendScenarios(StringBuilder b, StoreMatrix matrix)
    {
        b.Append("<h2 id=\"scenarios\">Scenarios × stores</h2>\n");
        var rows = new List<IEnumerable<string>>();
        foreach (var family in matrix.Families)
        {
            rows.Add([$"<b>{E(family.Key)}</b> ({family.Count()})", .. matrix.Stores.Select(s =>
                $"<b>{family.Count(id => s[id]?.Outcome is ScenarioOutcome.Passed)}/{family.Count(id => s[id] is not null)}</b> passed")]);
            foreach (var id in family)
            {
                rows.Add([$"&nbsp;&nbsp;<code>{E(id)}</code>", .. matrix.Stores.Select(s => Cell(s[id]))]);
            }
        }

        b.Append(Table(["scenario", .. matrix.Stores.Select(s => E(s.Label))], rows, "wide matrix"));
    }

    private static string Cell(ScenarioResult? result) => result is null
        ? "<span class=\"none\">not run</span>"
        : $"<span class=\"tag {Class(result.Outcome)}\" title=\"{E(Why(result))}\">{Word(result.Outcome)}</span>";

    private static string Why(ScenarioResult s) => s.Outcome switch
    {
        ScenarioOutcome.Unsupported => $"lacks {string.Join(", ", s.MissingCapabilities)}",
        ScenarioOutcome.Error => s.Error ?? string.Empty,
        _ => string.Join("; ", s.Findings.Where(f => f.CausedBy is null).Take(3).Select(f => f.Describe())),
    };
}
