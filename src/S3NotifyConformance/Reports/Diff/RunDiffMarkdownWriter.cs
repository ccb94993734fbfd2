using System.Text;
using S3NotifyConformance.Judging;

namespace S3NotifyConformance.Reports.Diff;

/// <summary>diff.md: what changed since the old run (new, fixed and changed differences, changed scenario outcomes). Also
/// what <c>s3notify diff</c> prints and the nightly job puts in its summary.</summary>
public sealed class RunDiffMarkdownWriter : FileReportWriterBase<RunDiff>
{
    /// <inheritdoc />
    public override string FileName => "diff.md";

    /// <inheritdoc />
    public override string Render(RunDiff diff)
    {
        var md = new StringBuilder();
        md.AppendLine($"# {Cell(diff.New.Target.Name)}: what changed since run `{diff.Old.RunId}`").AppendLine();
        md.AppendLine($"Old run `{diff.Old.RunId}` ({diff.Old.StartedAt:yyyy-MM-dd HH:mm} UTC, {Cell(diff.Old.Tool)}): {Cell(diff.Old.Verdict)}.  ");
        md.AppendLine($"New run `{diff.New.RunId}` ({diff.New.StartedAt:yyyy-MM-dd HH:mm} UTC, {Cell(diff.New.Tool)}): {Cell(diff.New.Verdict)}.").AppendLine();
        md.AppendLine($"**{(diff.HasNew ? "New" : "Nothing new")}: {diff.Verdict}.**");
        Differences(md, "New differences", diff.NewDifferences);
        Differences(md, "Fixed differences", diff.Fixed);
        if (!diff.Changed.IsEmpty)
        {
            md.AppendLine().AppendLine("## Changed differences").AppendLine();
            md.AppendLine("| fingerprint | what | scenarios before | scenarios now | status before → now |").AppendLine("|---|---|---:|---:|---|");
            foreach (var (o, n) in diff.Changed)
            {
                md.AppendLine($"| `{n.Fingerprint}` | `{n.Rule}` {Cell(n.Aspect)} | {o.Scenarios.Length} | {n.Scenarios.Length} | {(o.IsNew ? "new" : "known")} → {(n.IsNew ? "new" : "known")} |");
            }
        }

        if (!diff.Outcomes.IsEmpty)
        {
            md.AppendLine().AppendLine("## Changed scenario outcomes").AppendLine();
            md.AppendLine("| scenario | before → now |").AppendLine("|---|---|");
            foreach (var c in diff.Outcomes)
            {
                md.AppendLine($"| `{Cell(c.Scenario)}` | {(c.IsRegression ? $"**{c.Describe()}**" : c.Describe())} |");
            }
        }

        return md.ToString();
    }

    private static void Differences(StringBuilder md, string title, ImmutableArray<Difference> differences)
    {
        if (differences.IsEmpty)
        {
            return;
        }

        md.AppendLine().AppendLine($"## {title} ({differences.Length})").AppendLine();
        md.AppendLine("| fingerprint | scenarios | what | Amazon S3 | this store | example |").AppendLine("|---|---:|---|---|---|---|");
        foreach (var d in differences)
        {
            md.AppendLine($"| `{d.Fingerprint}`{(d.Blocking ? " (blocking)" : string.Empty)} | {d.Scenarios.Length} | `{d.Rule}` {Cell(d.Aspect)} | {Cell(d.Aws)} | {Cell(d.Store)} | `{Cell(d.Example.Scenario)}` |");
        }
    }

    private static string Cell(string text, int max = 160)
    {
        var clean = text.Replace("|", "\\|").Replace("\n", " ").Replace("\r", " ").Replace("`", "'").Replace("<", "&lt;");
        return clean.Length > max ? clean[..max] + "…" : clean;
    }
}
