using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Running;

/// <summary>Benchmark (h), growth: the verdicts at more keys per scenario are computed and count K times the writes and events.</summary>
public sealed class GrowthBenchmarkTests
{
    private string _reports = null!;

    [SetUp]
    public void CreateReportFolder() => _reports = Path.Combine(Path.GetTempPath(), $"s3n-bench-growth-{Guid.NewGuid():N}");

    [TearDown]
    public void RemoveReportFolder()
    {
        if (Directory.Exists(_reports))
        {
            Directory.Delete(_reports, recursive: true);
        }
    }

    [Test]
    public async Task TwoKeysPerScenarioPassEveryScenarioWithTwiceTheWritesAndEvents()
    {
        // When twelve generated scenarios run with one key each, then with two
        var (exitCode, output, error, _) = await CliProcess.RunAsync(TimeSpan.FromSeconds(150),
            "bench", "--only", "growth", "--growth", "1,2", "--growth-filter", "trigger/put/specific/**", "--report-dir", _reports);

        // Then both pass every scenario, and the second writes and expects twice as much
        Assert.That(exitCode, Is.EqualTo(0), output + error);
        var lines = output.Split('\n').Where(l => l.StartsWith("(h) growth", StringComparison.Ordinal)).ToList();
        Assert.That(lines, Has.Count.EqualTo(2), output);
        Assert.That(lines[0], Does.Contain("12 scenarios 'trigger/put/specific/**': 12 passed, 0 not; 12 writes, 8 events expected, 8 matched"));
        Assert.That(lines[1], Does.Contain("12 scenarios 'trigger/put/specific/**': 12 passed, 0 not; 24 writes, 16 events expected, 16 matched"));
        Assert.That(output, Does.Contain("command: s3notify bench --only growth --growth '1,2' --growth-filter 'trigger/put/specific/**'"));
    }
}
