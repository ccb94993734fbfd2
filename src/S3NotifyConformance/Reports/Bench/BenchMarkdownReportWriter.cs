using System.Text;

namespace S3NotifyConformance.Reports.Bench;

/// <summary>summary.md of a benchmark run: the machine, the day, and one line per benchmark's figures.</summary>
public sealed class BenchMarkdownReportWriter : FileReportWriterBase<BenchResult>
{
    /// <inheritdoc />
    public override string FileName => "summary.md";

    /// <inheritdoc />
    public override string Render(BenchResult result)
    {
        var md = new StringBuilder().AppendLine($"# {BenchText.Heading(result)}").AppendLine();
        md.AppendLine($"Run `{result.RunId}` · {result.Header.Tool} · {(result.Succeeded ? "every check held" : "**a check failed** (a hostile body lost or misjudged, an agent or merge check, a growth verdict)")}").AppendLine();
        foreach (var line in BenchText.Lines(result))
        {
            md.AppendLine($"- {line}");
        }

        return md.AppendLine().AppendLine("_Rendered from results.json. Timing figures of a shared machine are noisy: compare runs, not single numbers._").ToString();
    }
}
