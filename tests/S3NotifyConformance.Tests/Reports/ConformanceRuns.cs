using S3NotifyConformance.Judging;
using S3NotifyConformance.Reports;

namespace S3NotifyConformance.Tests.Reports;

/// <summary>Conformance runs built in memory for report tests: scenarios with outcomes and findings, differences grouped by
/// the real <see cref="DifferenceCatalog"/>.</summary>
public static class ConformanceRuns
{
    /// <summary>Text a hostile store could send: markup, a script, quotes, an overlong unbroken token.</summary>
    public const string Hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>\"'&" + "\u202e";

    /// <summary>The machine test runs say they ran on.</summary>
    public static RunMachine Machine { get; } = new("test OS", 2, 24, "10.0.0");

    /// <summary>A wrong eventSource, as a store that is not AWS sends it.</summary>
    public static Finding EventSource(string actual = "ceph:s3") =>
        new("record.shape", "ObjectCreated:Put eventSource", "aws:s3", actual, $"{{\"eventSource\":\"{actual}\",\"s3\":{{\"object\":{{\"key\":\"a\"}}}}}}") { Aspect = "eventSource", Field = "eventSource" };

    /// <summary>A configuration rejected by the store (blocking).</summary>
    public static Finding Rejected() =>
        new("api.outcome", "step 0 PutBucketNotificationConfiguration", "success", "HTTP 400 MalformedXML") { Aspect = "PutBucketNotificationConfiguration", Blocking = true };

    /// <summary>A run of <paramref name="target"/> with the given scenarios (outcome failed when findings are given).</summary>
    public static RunResult Run(string target, string runId, params (string Id, ScenarioOutcome Outcome, Finding[] Findings)[] scenarios)
    {
        var results = scenarios.Select(s => new ScenarioResult(
            s.Id, $"title of {s.Id}", "documentation: Amazon S3 Event Notifications, https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventNotifications.html",
            s.Outcome, 12.5, [.. s.Findings], ScenarioCounts.None,
            s.Outcome == ScenarioOutcome.Unsupported ? ["restore"] : [],
            Error: s.Outcome == ScenarioOutcome.Error ? "interrupted" : null)).ToImmutableArray();
        var started = new DateTimeOffset(2026, 11, 30, 3, 23, 0, TimeSpan.Zero);
        var header = new RunHeader(RunKind.Conformance, runId, "s3notify 1.0.0", new TargetSummary(target, "file", "http://127.0.0.1:9000", "us-east-1", ["versioning", "sqs-destination"]),
            Machine, started, started.AddSeconds(42));
        return new RunResult(header, results, [], false)
        {
            Differences = DifferenceCatalog.Group(results.Select(s => (s.Id, s.Findings)), Baseline.Empty),
        };
    }

    /// <summary>A run with several families (a generated-matrix one among them), every outcome, a blocking and a hostile difference.</summary>
    public static RunResult Sample(string target = "sample-store", string runId = "20261130t032300-abcd")
    {
        var hostileLong = Hostile + new string('W', 3000);
        var scenarios = new List<(string, ScenarioOutcome, Finding[])>
        {
            ("created/put", ScenarioOutcome.Failed, [EventSource(), EventSource(hostileLong)]),
            ("created/copy", ScenarioOutcome.Passed, []),
            ("keys/space", ScenarioOutcome.Failed, [EventSource()]),
            ("filters/prefix-hit", ScenarioOutcome.Failed, [Rejected()]),
            ("restore/completed", ScenarioOutcome.Unsupported, []),
            ("removed/delete", ScenarioOutcome.KnownDeviation, []),
            ("concurrency/" + Hostile, ScenarioOutcome.Error, []),
        };
        foreach (var e in new[] { "ObjectCreated:Put", "ObjectRemoved:Delete" })
        {
            foreach (var filter in new[] { "none", "prefix-hit", "suffix-miss" })
            {
                scenarios.Add(($"trigger/{e}/specific/{filter}/sqs", filter == "suffix-miss" ? ScenarioOutcome.Failed : ScenarioOutcome.Passed, filter == "suffix-miss" ? [EventSource()] : []));
            }
        }

        return Run(target, runId, [.. scenarios]);
    }
}
