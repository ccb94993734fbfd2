using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Integration;

/// <summary><c>s3notify selftest</c> as a user runs it: the fault list, usage errors, and the exit code of a caught and a missed fault.</summary>
[NonParallelizable]
public sealed class SelfTestCliTests
{
    private string _reports = null!;

    [SetUp]
    public void CreateReportFolder() => _reports = Path.Combine(Path.GetTempPath(), "s3n-selftest-cli-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void RemoveReportFolder()
    {
        if (Directory.Exists(_reports))
        {
            Directory.Delete(_reports, true);
        }
    }

    [Test]
    public async Task ListShowsEveryFaultWithWhetherARunMustFail()
    {
        var (exitCode, output, _, _) = await CliProcess.RunAsync("selftest", "--list");
        Assert.That(exitCode, Is.EqualTo(0));
        Assert.That(output, Does.Contain("etag-quoted").And.Contain("reorder-across-keys").And.Contain("not fail"));
    }

    [TestCase("--fault", "no-such-fault", "unknown fault 'no-such-fault'")]
    [TestCase("--filter", "no-such-group/*", "no scenario matches 'no-such-group/*'")]
    public async Task BadSelectionsExitTwoWithOneLineCause(string option, string value, string cause)
    {
        var (exitCode, _, error, _) = await CliProcess.RunAsync("selftest", option, value, "--report-dir", _reports);
        Assert.That((exitCode, error.Trim().Split('\n').Length), Is.EqualTo((2, 1)));
        Assert.That(error, Does.Contain(cause));
    }

    [TestCase("etag-quoted", 0, "caught")]
    [TestCase("test-event-missing", 1, "missed")]
    public async Task ExitsZeroWhenTheFaultIsCaughtAndOneWhenTheScenariosMissIt(string fault, int exitCode, string verdict)
    {
        // Given one scenario that judges eTags and has no test event
        var result = await CliProcess.RunAsync(TimeSpan.FromSeconds(180), "selftest", "--fault", fault, "--filter", "created/put", "--report-dir", _reports);

        // Then
        Assert.That(result.ExitCode, Is.EqualTo(exitCode), result.Out + result.Error);
        Assert.That(result.Out, Does.Match($@"{verdict}\s+{fault}"));
        Assert.That(Directory.EnumerateFiles(_reports, "summary.md", SearchOption.AllDirectories), Is.Not.Empty);
    }
}
