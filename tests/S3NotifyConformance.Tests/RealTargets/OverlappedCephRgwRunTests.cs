using S3NotifyConformance.Judging;
using S3NotifyConformance.Reports;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.RealTargets;

/// <summary>On a real store too, overlapping scenarios and ending waits on the sentinel change no verdict: a slice of the
/// suite on Ceph RGW (push topics), once one scenario at a time and once with the target's own overlap (4 working, 16 under
/// way, the wait after the sentinel 1 s), gives every scenario the same outcome and the same findings. Ignored where Ceph is
/// not installed.</summary>
[NonParallelizable]
[Category("RealTarget")]
public sealed class OverlappedCephRgwRunTests
{
    // Single writes, versions, removals and filters: scenarios that each write a few keys in order. concurrency/* writes many
    // keys at once, and which of RGW's answers race there differs between any two runs, serial or not.
    private const string Slice = "created/*,removed/*,trigger/put/*";

    [Test]
    public async Task AnOverlappedRunJudgesEveryScenarioAsASerialRunDoes()
    {
        // Given Ceph RGW
        if (RealTargetSuiteTests.OnCephRgw.CephMissing() is { } missing)
        {
            Assert.Ignore(missing);
        }

        var reports = Path.Combine(Path.GetTempPath(), $"s3n-overlap-rgw-{Guid.NewGuid():N}");
        try
        {
            // When the slice runs one scenario at a time, then as the target file overlaps it
            var serial = await RunAsync(reports, "serial", "--parallel", "1", "--concurrency", "1");
            var overlapped = await RunAsync(reports, "overlapped");

            // Then RGW delivered events in both (the comparison is about something), and every scenario has the same verdict
            Assert.That(serial.Scenarios.Count(s => s.Counts.Events > 0), Is.GreaterThanOrEqualTo(15));
            Assert.That(overlapped.Scenarios.Select(Verdict), Is.EqualTo(serial.Scenarios.Select(Verdict)));
            Assert.That(overlapped.CleanupFailures.Concat(serial.CleanupFailures), Is.Empty);
        }
        finally
        {
            if (Directory.Exists(reports))
            {
                Directory.Delete(reports, recursive: true);
            }
        }
    }

    private static async Task<RunResult> RunAsync(string reports, string name, params string[] options)
    {
        var folder = Path.Combine(reports, name);
        var run = await CliProcess.RunAsync(TimeSpan.FromMinutes(5), ["run", "--target", "ceph-rgw", "--filter", Slice, "--report-dir", folder, .. options]);
        var results = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "results.json", SearchOption.AllDirectories).SingleOrDefault() : null;
        Assert.That(results, Is.Not.Null, $"no report of the {name} run; stderr:\n{run.Error}");
        return ReportJson.Read(results!);
    }

    // What varies between any two RGW runs, one at a time or not: the form of RGW's microsecond eventTime (its trailing zeros
    // make a second record.shape fingerprint), and whether later writes of a key got growing sequencers.
    private static bool VariesBetweenAnyTwoRuns(Finding f) =>
        f.Rule == "order.sequencer" || f.Fingerprint.StartsWith("record.shape eventTime ", StringComparison.Ordinal);

    private static string Verdict(ScenarioResult s) =>
        $"{s.Id} {s.Outcome} {s.Error} {string.Join(" ", s.Findings.Where(f => !VariesBetweenAnyTwoRuns(f)).Select(f => f.Fingerprint).Distinct().Order(StringComparer.Ordinal))}";
}
