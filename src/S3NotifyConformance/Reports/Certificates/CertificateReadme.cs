using System.Text;

namespace S3NotifyConformance.Reports.Certificates;

/// <summary>README.md of a certification bundle: what was certified, the result, how to reproduce it and how to check the bundle.</summary>
public static class CertificateReadme
{
    /// <summary>The README of a certificate (its file digests are not used).</summary>
    public static string Render(Certificate c)
    {
        var t = c.Totals;
        var md = new StringBuilder();
        md.AppendLine($"# S3 event notification conformance certificate: {Clean(c.Target.Name)}").AppendLine();
        md.AppendLine($"**{Clean(c.Verdict)}.**").AppendLine();
        md.AppendLine($"- Tool: `{Clean(c.Tool)}`, scenario set `{c.ScenarioSetDigest}`");
        md.AppendLine($"- Run: `{c.RunId}`, {c.StartedAt:yyyy-MM-dd HH:mm:ss} UTC to {c.FinishedAt:yyyy-MM-dd HH:mm:ss} UTC");
        md.AppendLine($"- Store: {Clean(c.Target.Kind)} at {Clean(c.Target.Endpoint)} ({Clean(c.Target.Region)}){(c.Target.Note is null ? string.Empty : " — " + Clean(c.Target.Note))}");
        md.AppendLine($"- Scenarios: {t.Scenarios} — {t.Passed} passed, {t.Failed} failed, {t.KnownDeviations} known deviation(s), {t.Unsupported} unsupported, {t.Errors} error(s)");
        md.AppendLine($"- Differences from Amazon S3: {c.Differences.Length} ({c.Differences.Count(d => !d.Known)} new){(c.Baseline is null ? string.Empty : $", baseline `{Clean(c.Baseline)}`")}");
        if (c.Reproduce.Filter is not null)
        {
            md.AppendLine($"- **Partial:** only the scenarios matching `{Clean(c.Reproduce.Filter)}` were run.");
        }

        md.AppendLine().AppendLine("Read `index.html` (or `summary.md`) for every difference with Amazon S3's documented behaviour, the store's, and the raw events.");
        md.AppendLine().AppendLine("## Reproduce").AppendLine();
        md.AppendLine($"With `{Clean(c.Tool)}` (`dotnet tool install --global S3NotifyConformance --version {Clean(c.Tool.Split(' ').Last())}`, or a clone of that version) and the same target file:").AppendLine();
        md.AppendLine("```bash").AppendLine(c.Reproduce.CommandLine).AppendLine("```");
        md.AppendLine().AppendLine("## Check this bundle").AppendLine();
        md.AppendLine("```bash").AppendLine("s3notify verify path/to/this/folder").AppendLine("```").AppendLine();
        md.AppendLine("`verify` recomputes the digest of every file listed in `certificate.json`, refuses added files, re-renders the reports and the " +
                      "certificate from `results.json`, and checks the scenario set against the installed tool's. It is tamper-evident, not signed: " +
                      "publish the SHA-256 of `certificate.json` where readers can find it.");
        return md.ToString();
    }

    private static string Clean(string text) => text.Replace("\n", " ").Replace("\r", " ").Replace("`", "'").Replace("<", "&lt;");
}
