using System.Globalization;
using System.Xml.Linq;
using S3NotifyConformance.Judging;
using S3NotifyConformance.Probing;

namespace S3NotifyConformance.Reports;

/// <summary>junit.xml for CI: a test case per scenario (failures list findings with their fingerprints; unsupported and known
/// deviations are skipped with the reason), and a second suite with a test case per distinct difference, failed when new
/// and skipped when the baseline lists it, so only new differences turn a build red.</summary>
public sealed class JUnitReportWriter : ReportWriterBase
{
    /// <inheritdoc />
    public override string FileName => "junit.xml";

    /// <inheritdoc />
    public override string Render(RunResult result)
    {
        var totals = result.Totals;
        var probe = result.Probe is { } p ? ProbeCase(p) : null;
        var probeFailed = result.Probe is { Passed: false } ? 1 : 0;
        var suite = new XElement("testsuite",
            new XAttribute("name", $"s3notify {result.Target.Name}"),
            new XAttribute("tests", totals.Scenarios + (probe is null ? 0 : 1)),
            new XAttribute("failures", totals.Failed + probeFailed),
            new XAttribute("errors", totals.Errors),
            new XAttribute("skipped", totals.Unsupported + totals.KnownDeviations),
            new XAttribute("time", Seconds(result.Duration.TotalMilliseconds)),
            new XAttribute("timestamp", result.StartedAt.ToString("s", CultureInfo.InvariantCulture)),
            probe,
            result.Scenarios.Select(Case));
        var differences = new XElement("testsuite",
            new XAttribute("name", $"s3notify {result.Target.Name} differences"),
            new XAttribute("tests", result.Differences.Length),
            new XAttribute("failures", result.Differences.Count(d => d.IsNew)),
            new XAttribute("errors", 0),
            new XAttribute("skipped", result.Differences.Count(d => !d.IsNew)),
            new XAttribute("time", "0"),
            result.Differences.Select(DifferenceCase));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("testsuites", suite, differences)).ToString() + "\n";
    }

    /// <summary>One test case per distinct difference: failed when new, skipped (with the baseline's reason) when known.</summary>
    private static XElement DifferenceCase(Difference d)
    {
        var element = new XElement("testcase",
            new XAttribute("classname", $"differences.{d.Rule}"),
            new XAttribute("name", d.Fingerprint),
            new XAttribute("time", "0"));
        var text = $"{d.Aspect}: Amazon S3 {d.Aws}; this store {d.Store}\nsource: {d.Source}\nchange: {d.Fix}\n" +
                   $"example: {d.Example.Scenario}: {d.Example.Subject}: expected {d.Example.Expected}, actual {d.Example.Actual}\n" +
                   $"scenarios ({d.Scenarios.Length}): {string.Join(", ", d.Scenarios)}";
        element.Add(d.IsNew
            ? new XElement("failure", new XAttribute("message", $"{(d.Blocking ? "blocking " : string.Empty)}difference in {d.Scenarios.Length} scenario(s): {d.Aspect}"), text)
            : new XElement("skipped", new XAttribute("message", $"known difference: {d.Known}")));
        return element;
    }

    private static XElement Case(ScenarioResult scenario)
    {
        var slash = scenario.Id.LastIndexOf('/');
        var element = new XElement("testcase",
            new XAttribute("classname", slash < 0 ? "scenarios" : scenario.Id[..slash].Replace('/', '.')),
            new XAttribute("name", scenario.Id),
            new XAttribute("time", Seconds(scenario.DurationMs)));
        switch (scenario.Outcome)
        {
            case ScenarioOutcome.Failed:
                element.Add(new XElement("failure",
                    new XAttribute("message", $"{scenario.Findings.Length} finding(s): {scenario.Findings.FirstOrDefault()?.Rule}"),
                    string.Join("\n", scenario.Findings.Select(f => $"{f.Describe()} [{(f.CausedBy is null ? f.Fingerprint : $"follows from {f.CausedBy}")}]"))));
                break;
            case ScenarioOutcome.Error:
                element.Add(new XElement("error", new XAttribute("message", scenario.Error ?? "error")));
                break;
            case ScenarioOutcome.Unsupported:
                element.Add(new XElement("skipped", new XAttribute("message", $"unsupported: target lacks {string.Join(", ", scenario.MissingCapabilities)}")));
                break;
            case ScenarioOutcome.KnownDeviation:
                element.Add(new XElement("skipped", new XAttribute("message", $"known deviation: {scenario.DeviationReason}")));
                break;
        }

        return element;
    }

    // The capability probe as one test case, failed by its findings.
    private static XElement ProbeCase(ProbeResult probe)
    {
        var element = new XElement("testcase", new XAttribute("classname", "capabilities"), new XAttribute("name", "probe"), new XAttribute("time", Seconds(probe.DurationMs)));
        if (!probe.Passed)
        {
            element.Add(new XElement("failure",
                new XAttribute("message", $"{probe.Findings.Length} capability finding(s): {string.Join(", ", probe.Findings.Select(f => f.Aspect))}"),
                string.Join("\n", probe.Findings.Select(f => f.Describe()))));
        }

        element.Add(new XElement("system-out", string.Join("\n", probe.Capabilities.Select(c => c.Describe()))));
        return element;
    }

    private static string Seconds(double milliseconds) => (milliseconds / 1000).ToString("0.###", CultureInfo.InvariantCulture);
}
