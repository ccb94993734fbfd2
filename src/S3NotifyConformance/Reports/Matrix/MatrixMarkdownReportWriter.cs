using System.Text;
using S3NotifyConformance.Judging;

namespace S3NotifyConformance.Reports.Matrix;

/// <summary>matrix.md: the matrix as Markdown (totals per store, differences × stores, families × stores, failing scenarios).</summary>
public sealed class MatrixMarkdownReportWriter : FileReportWriterBase<StoreMatrix>
{
    /// <inheritdoc />
    public override string FileName => "matrix.md";

    /// <inheritdoc />
    public override string Render(StoreMatrix matrix)
    {
        var md = new StringBuilder();
        md.AppendLine($"# S3 notification conformance: {matrix.Stores.Length} store(s) side by side").AppendLine();
        md.AppendLine("| store | run | scenarios | passed | failed | known deviation | unsupported | error | differences (new) | verdict |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var s in matrix.Stores)
        {
            var t = s.Run.Totals;
            md.AppendLine($"| {Cell(s.Label)} | `{s.Run.RunId}` | {t.Scenarios} | {t.Passed} | {t.Failed} | {t.KnownDeviations} | {t.Unsupported} | {t.Errors} | " +
                          $"{s.Run.Differences.Length} ({s.Run.Differences.Count(d => d.IsNew)}) | {Cell(s.Run.Verdict)} |");
        }

        var header = $"| {string.Join(" | ", matrix.Stores.Select(s => Cell(s.Label)))} |";
        var rule = string.Concat(Enumerable.Repeat("---|", matrix.Stores.Length));
        if (!matrix.Differences.IsEmpty)
        {
            md.AppendLine().AppendLine("## Differences from Amazon S3 (scenarios per store)").AppendLine();
            md.AppendLine($"| difference | Amazon S3 {header}").AppendLine($"|---|---|{rule}");
            foreach (var d in matrix.Differences)
            {
                md.AppendLine($"| `{d.Example.Fingerprint}` | {Cell(d.Example.Aws)} | {string.Join(" | ", d.PerStore.Select(x => x is null ? "—" : $"{x.Scenarios.Length}{(x.IsNew ? " new" : " known")}: {Cell(x.Store)}"))} |");
            }
        }

        md.AppendLine().AppendLine("## Families (passed / run)").AppendLine();
        md.AppendLine($"| family | scenarios {header}").AppendLine($"|---|---:|{rule}");
        foreach (var family in matrix.Families)
        {
            md.AppendLine($"| `{family.Key}` | {family.Count()} | {string.Join(" | ", matrix.Stores.Select(s => $"{family.Count(id => s[id]?.Outcome is ScenarioOutcome.Passed)}/{family.Count(id => s[id] is not null)}"))} |");
        }

        var notAllPassed = matrix.Scenarios.Where(id => matrix.Stores.Any(s => s[id]?.Outcome is not ScenarioOutcome.Passed)).ToList();
        md.AppendLine().AppendLine($"## Scenarios not passed by every store ({notAllPassed.Count} of {matrix.Scenarios.Length})").AppendLine();
        if (notAllPassed.Count > 0)
        {
            md.AppendLine($"| scenario {header}").AppendLine($"|---|{rule}");
            foreach (var id in notAllPassed)
            {
                md.AppendLine($"| `{id}` | {string.Join(" | ", matrix.Stores.Select(s => s[id] is { } r ? Word(r.Outcome) : "not run"))} |");
            }
        }

        return md.ToString();
    }

    private static string Word(ScenarioOutcome outcome) => outcome == ScenarioOutcome.Failed ? "**failed**" : Html.ConformanceHtml.Word(outcome);

    private static string Cell(string text, int max = 120)
    {
        var clean = text.Replace("|", "\\|").Replace("\n", " ").Replace("\r", " ").Replace("`", "'").Replace("<", "&lt;");
        return clean.Length > max ? clean[..max] + "…" : clean;
    }
}
