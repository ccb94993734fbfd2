using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Load;

/// <summary>The load verbs as a user runs them: a failed threshold exits 1, bad input exits 2 with one line, and compare, report and
/// merge work on a run's folder.</summary>
[NonParallelizable]
public sealed class LoadCliTests
{
    private string _reports = null!;

    [SetUp]
    public void CreateReportFolder() => _reports = Path.Combine(Path.GetTempPath(), $"s3n-load-cli-{Guid.NewGuid():N}");

    [TearDown]
    public void RemoveReportFolder()
    {
        if (Directory.Exists(_reports))
        {
            Directory.Delete(_reports, recursive: true);
        }
    }

    [TestCase("2000-01-01T00:00:00Z", "in the past")]
    [TestCase("08:00", "ISO-8601 instant with its zone")]
    public async Task ABadStartInstantIsAUsageErrorOfOneLine(string startAt, string why)
    {
        var (exitCode, output, error, _) = await CliProcess.RunAsync("load", "--start-at", startAt, "--report-dir", _reports);
        Assert.That(exitCode, Is.EqualTo(2), output + error);
        Assert.That(error.Trim(), Does.StartWith("s3notify: --start-at").And.Contain(why).And.Not.Contain("\n"));
        Assert.That(Directory.Exists(_reports) && Directory.EnumerateFileSystemEntries(_reports).Any(), Is.False, "nothing is run before the instant is checked");
    }

    [Test]
    public async Task AFailedThresholdExitsOneAndTheRunStillReportsCompareReportAndMerge()
    {
        // Given a short load whose threshold cannot hold
        var (exitCode, output, _, _) = await CliProcess.RunAsync(
            "load", "--simulation", "inject:rate=20,interval=1s,during=1s", "--warmup", "0s", "--drain", "3s",
            "--threshold", "delivery.p99 < 0.001ms", "--threshold", "loss == 0", "--report-dir", _reports);

        // Then
        Assert.That(exitCode, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("FAIL delivery.p99 < 0.001ms").And.Contain("pass loss == 0"));
        var run = Directory.GetDirectories(_reports).Single();
        Assert.That(File.ReadAllText(Path.Combine(run, "summary.md")), Does.Contain("**FAIL** | `delivery.p99 < 0.001ms`"));

        // And the other verbs take the run's folder
        Assert.That((await CliProcess.RunAsync("compare", run, run)).ExitCode, Is.EqualTo(0));
        Assert.That(File.Exists(Path.Combine(run, "comparison.html")), Is.True);
        File.Delete(Path.Combine(run, "index.html"));
        Assert.That((await CliProcess.RunAsync("report", run)).ExitCode, Is.EqualTo(0));
        Assert.That(File.Exists(Path.Combine(run, "index.html")), Is.True);
        Assert.That((await CliProcess.RunAsync("merge", run, run, "--report-dir", _reports)).ExitCode, Is.EqualTo(1));
    }

    [TestCase("load", "--simulation", "inject:rate=-1,interval=1s,during=5s")]
    [TestCase("load", "--simulation", "inject:rate=5,interval=1s,during=0s")]
    [TestCase("load", "--threshold", "latency < 5ms")]
    [TestCase("load", "--delay", "gauss:5ms")]
    [TestCase("compare", "no-such-run", "no-such-run-either")]
    public async Task BadInputExitsTwoWithOneLine(params string[] args)
    {
        var (exitCode, _, error, _) = await CliProcess.RunAsync([.. args, "--report-dir", _reports]);
        Assert.That(exitCode, Is.EqualTo(2), error);
        Assert.That(error.Trim().Split('\n'), Has.Length.EqualTo(1));
    }
}
