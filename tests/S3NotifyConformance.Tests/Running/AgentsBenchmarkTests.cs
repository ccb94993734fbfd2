using S3NotifyConformance.Load;
using S3NotifyConformance.Running.Benchmarks;
using S3NotifyConformance.Tests.Load;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Running;

/// <summary>Benchmark (g), agents add up: its figures from agents' runs (no timing), and one small round of real agent processes.</summary>
public sealed class AgentsBenchmarkTests
{
    private string _reports = null!;

    [SetUp]
    public void CreateReportFolder() => _reports = Path.Combine(Path.GetTempPath(), $"s3n-bench-agents-{Guid.NewGuid():N}");

    [TearDown]
    public void RemoveReportFolder()
    {
        if (Directory.Exists(_reports))
        {
            Directory.Delete(_reports, recursive: true);
        }
    }

    [Test]
    public void TheFiguresOfARoundAddUpAndSayWhatTheMergeDid()
    {
        // Given two agents' runs whose measurements started 0.5 s apart and lasted 10 s and 10.2 s, and their merge
        var a = LoadResults.Run("a", LoadResults.Create(100, 0, 0, [1000, 2000]));
        var b = LoadResults.Run("b", LoadResults.Create(102, 0, 0, [3000], seconds: 10.2));
        var start = DateTimeOffset.UnixEpoch;
        var merged = LoadResultMerger.Merge("m", [a, b]);

        // When
        var figures = AgentsBenchmark.Measure(2, 10, [(a, start), (b, start.AddSeconds(0.5))], merged, 0, [], "merged");

        // Then the merged rate is the sum of the agents' rates; the other readings are told beside it
        Assert.That(figures.AgentRates, Is.EqualTo(new[] { 10.0, 10.0 }));
        Assert.That((figures.SumOfRates, figures.MergedRate, figures.Ratio, figures.WithinGoal), Is.EqualTo((20.0, 20.0, 1.0, true)));
        Assert.That(figures.LongestRate, Is.EqualTo(202 / 10.2).Within(1e-9));
        Assert.That(figures.DurationSpreadSeconds, Is.EqualTo(0.2).Within(1e-9));
        Assert.That(figures.StartSpreadSeconds, Is.EqualTo(0.5).Within(1e-9));
        Assert.That(figures.UnionRate, Is.EqualTo(202 / 10.7).Within(1e-6));
        Assert.That((figures.Ok, figures.MergedOk, figures.HistogramsAdd, figures.PercentilesEqual, figures.Succeeded), Is.EqualTo((202L, 202L, true, true, true)));
    }

    [Test]
    public void AFailedAgentALeftoverOrAMergeMissingAnAgentFailsTheRound()
    {
        var a = LoadResults.Run("a", LoadResults.Create(100, 0, 0, [1000]));
        var b = LoadResults.Run("b", LoadResults.Create(100, 0, 0, [5000]));
        var both = LoadResultMerger.Merge("m", [a, b]);
        var onlyA = LoadResultMerger.Merge("m", [a]);
        Assert.That(AgentsBenchmark.Measure(2, 10, [(a, null), (b, null)], both, 0, ["agent 2: exit code 1"], "m").Succeeded, Is.False);
        Assert.That(AgentsBenchmark.Measure(2, 10, [(a, null), (b, null)], both, 1, [], "m").Succeeded, Is.False);
        var missing = AgentsBenchmark.Measure(2, 10, [(a, null), (b, null)], onlyA, 0, [], "m");
        Assert.That((missing.HistogramsAdd, missing.MergedOk, missing.Succeeded), Is.EqualTo((false, 100L, false)));
        Assert.That((missing.StartSpreadSeconds, missing.UnionRate), Is.EqualTo(((double?)null, (double?)null)));
    }

    [Test]
    public async Task TwoAgentProcessesAgainstOneStoreMergeIntoTheirSumAndLeaveNothingBehind()
    {
        // When two agents write 20/s for a second each against the benchmark's store
        var (exitCode, output, error, _) = await CliProcess.RunAsync(TimeSpan.FromSeconds(150),
            "bench", "--only", "g", "--agents", "2", "--agent-rate", "20", "--agent-duration", "1s", "--report-dir", _reports);

        // Then both ran as processes of their own, each with its report folder, the merge holds all 40 writes and their events,
        // the store is empty again, and no agent process is left
        Assert.That(exitCode, Is.EqualTo(0), output + error);
        var line = output.Split('\n').Single(l => l.StartsWith("(g) agents add up, 2 agent", StringComparison.Ordinal));
        Assert.That(line, Does.Contain("ok 40 = merged 40, delivered 40 = merged 40, lost 0"));
        Assert.That(line, Does.Contain("merged histograms equal").And.Contain("percentiles identical").And.Contain("left on the store 0"));
        Assert.That(line, Does.Not.Contain("FAILED"));
        Assert.That(output, Does.Contain("command: s3notify bench --only agents --agents 2 --agent-rate 20 --agent-duration 1s"));
        Assert.That(Directory.GetDirectories(_reports, "agent-*", SearchOption.AllDirectories), Has.Length.EqualTo(2));
        Assert.That(HostProcesses.CommandLinesContaining(_reports), Is.Empty, "an agent process outlived the benchmark");
    }
}
