using System.Text;
using S3NotifyConformance.Probing;

namespace S3NotifyConformance.Reports;

/// <summary>The capability table of summary.md: declared and observed per probed capability, then the probe's findings.</summary>
public static class ProbeTableMarkdown
{
    /// <summary>Appends the section; nothing when the run had no probe.</summary>
    public static void Append(StringBuilder md, ProbeResult? probe)
    {
        if (probe is null)
        {
            return;
        }

        md.AppendLine().AppendLine("## Capabilities: declared and observed").AppendLine();
        md.AppendLine($"Probed before the scenarios on bucket `{probe.Bucket}` ({probe.DurationMs / 1000:0.0} s, removed afterwards). A store that accepts a " +
                      "call and then ignores it or damages data is a finding whatever its target file declares; so is a declared capability observed absent.");
        md.AppendLine().AppendLine("| capability | declared | observed | detail |").AppendLine("|---|---|---|---|");
        foreach (var row in probe.Capabilities.Where(c => c.Observed != ObservedCapability.NotProbed))
        {
            var observed = row.Observed is ObservedCapability.Ignored or ObservedCapability.DamagesData ? $"**{row.Observed.ToText()}**" : row.Observed.ToText();
            md.AppendLine($"| `{row.Capability}` | {(row.Declared ? "yes" : "no")} | {observed} | {Cell(row.Detail)} |");
        }

        var notProbed = probe.Capabilities.Where(c => c.Observed == ObservedCapability.NotProbed).ToList();
        if (notProbed.Count > 0)
        {
            md.AppendLine().AppendLine($"Not probed: {string.Join(", ", notProbed.Select(c => $"`{c.Capability}`{(c.Declared ? " (declared)" : string.Empty)}"))}.");
        }

        if (probe.Findings.IsEmpty)
        {
            md.AppendLine().AppendLine("Probe findings: none.");
            return;
        }

        md.AppendLine().AppendLine($"**Probe findings: {probe.Findings.Length}** (they fail the run).").AppendLine();
        md.AppendLine("| rule | subject | expected | actual |").AppendLine("|---|---|---|---|");
        foreach (var f in probe.Findings)
        {
            md.AppendLine($"| `{f.Rule}` | {Cell(f.Subject)} | {Cell(f.Expected)} | {Cell(f.Actual)} |");
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
