using System.Text;

namespace S3NotifyConformance.Reports.SelfTest;

/// <summary>summary.md of a self-test: the score, then per fault its verdict, the rules that caught it and the scenarios.</summary>
public sealed class SelfTestMarkdownReportWriter : FileReportWriterBase<SelfTestResult>
{
    private const int MaxScenariosShown = 8;

    /// <inheritdoc />
    public override string FileName => "summary.md";

    /// <inheritdoc />
    public override string Render(SelfTestResult result)
    {
        var md = new StringBuilder();
        md.AppendLine("# s3notify self-test: the harness against its reference store with seeded faults");
        md.AppendLine();
        md.AppendLine($"Run `{result.RunId}` · {result.StartedAt:yyyy-MM-dd HH:mm:ss} UTC · {result.Duration.TotalSeconds:0} s · {result.Tool}");
        md.AppendLine($"Scenarios: {(result.Filter is null ? "the whole suite" : $"`{result.Filter}`")} per fault, {result.Parallelism} fault run(s) at once");
        md.AppendLine($"Machine: {result.Machine}");
        md.AppendLine();
        md.AppendLine($"**Score: {result.Caught}/{result.MustFailCount} must-fail faults caught ({result.Score:0%})**; " +
                      $"{result.FalseAlarms} false alarm(s) among {result.Faults.Count(f => !f.MustFail)} must-not runs (the control run included).");
        md.AppendLine();
        if (result.Interrupted)
        {
            md.AppendLine("**Verdict: none — the self-test was interrupted**; faults without a verdict are not listed.");
        }
        else
        {
            md.AppendLine(result.Succeeded
                ? "**Verdict: every must-fail fault is caught and nothing else fails a run.**"
                : "**Verdict: gaps** — a must-fail fault nothing caught, or a run that failed when it must not (below).");
        }

        md.AppendLine();
        md.AppendLine("| fault | area | must | verdict | failed scenarios | rules (findings) | s |");
        md.AppendLine("|---|---|---|---|---:|---|---:|");
        foreach (var f in result.Faults)
        {
            var rules = f.Rules.IsEmpty ? "—" : string.Join(", ", f.Rules.Select(r => $"`{r.Rule}` ({r.Findings})"));
            md.AppendLine($"| `{f.Fault}` | {f.Area} | {(f.MustFail ? "fail" : "not fail")} | {(f.AsExpected ? f.Verdict : $"**{f.Verdict}**")} | " +
                          $"{f.FailedScenarios.Length}/{f.Scenarios} | {rules} | {f.DurationSeconds:0.0} |");
        }

        var gaps = result.Faults.Where(f => !f.AsExpected).ToList();
        if (gaps.Count > 0)
        {
            md.AppendLine().AppendLine("## Gaps").AppendLine();
            foreach (var f in gaps)
            {
                md.AppendLine($"- `{f.Fault}` ({f.Description}): **{f.Verdict}**{(f.Note is null ? string.Empty : $" — {f.Note}")}");
            }
        }

        md.AppendLine().AppendLine("## Per fault").AppendLine();
        foreach (var f in result.Faults)
        {
            md.AppendLine($"### `{f.Fault}`: {f.Verdict}").AppendLine();
            md.AppendLine($"{f.Description}. Reports: `{f.RunDirectory}`.");
            if (f.Errors > 0)
            {
                md.AppendLine($"{f.Errors} scenario(s) ended in an error.");
            }

            if (!f.FailedScenarios.IsEmpty)
            {
                var shown = string.Join(", ", f.FailedScenarios.Take(MaxScenariosShown).Select(s => $"`{s}`"));
                md.AppendLine($"Failed scenarios ({f.FailedScenarios.Length}): {shown}{(f.FailedScenarios.Length > MaxScenariosShown ? ", …" : string.Empty)}");
            }

            foreach (var rule in f.Rules)
            {
                md.AppendLine($"- `{rule.Rule}`: {rule.Findings} finding(s) in {rule.Scenarios} scenario(s); " +
                              string.Join("; ", rule.Fingerprints.Take(5).Select(p => $"`{p}`")) + (rule.Fingerprints.Length > 5 ? $"; … ({rule.Fingerprints.Length} fingerprints)" : string.Empty));
            }

            md.AppendLine();
        }

        return md.ToString();
    }
}
