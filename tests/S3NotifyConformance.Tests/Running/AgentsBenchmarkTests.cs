using S3NotifyConformance.Load;
using S3NotifyConformance.Reports;
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
        var start = DateTimeOffset.UnixEpoch;
        var a = LoadResults.Run("a", LoadResults.Create(100, 0, 0, [1000, 2000]) with { MeasurementStart = start });
        var b = LoadResults.Run("b", LoadResults.Create(102, 0, 0, [3000], seconds: 10.2) with { MeasurementStart = start.AddSeconds(0.5) });
        var merged = LoadResultMerger.Merge("m", [a, b]);

        // When
        var figures = AgentsBenchmark.Measure(2, 10, [a, b], merged, 0, [], "merged", 6, 2.5);

        // Then the merged rate is all ok writes over the union of the measurements (10.7 s): short of the sum by the stagger
        Assert.That(figures.AgentRates, Is.EqualTo(new[] { 10.0, 10.0 }));
        Assert.That(figures.SumOfRates, Is.EqualTo(20.0));
        Assert.That(figures.MergedRate, Is.EqualTo(202 / 10.7).Within(1e-6));
        Assert.That((figures.Ratio, figures.WithinGoal), Is.EqualTo((202 / 10.7 / 20, false)).Using<(double, bool)>((x, y) => Math.Abs(x.Item1 - y.Item1) < 1e-6 && x.Item2 == y.Item2));
        Assert.That(figures.LongestRate, Is.EqualTo(202 / 10.2).Within(1e-9));
        Assert.That(figures.DurationSpreadSeconds, Is.EqualTo(0.2).Within(1e-9));
        Assert.That(figures.StartSpreadSeconds, Is.EqualTo(0.5).Within(1e-9));
        Assert.That(figures.UnionRate, Is.EqualTo(202 / 10.7).Within(1e-6));
        Assert.That((figures.MarginSeconds, figures.SlackSeconds), Is.EqualTo((6.0, (double?)2.5)));
        Assert.That((figures.Ok, figures.MergedOk, figures.HistogramsAdd, figures.PercentilesEqual, figures.Succeeded), Is.EqualTo((202L, 202L, true, true, true)));
    }

    [Test]
    public void AgentsStartedTogetherMergeWithinTheGoal()
    {
        var start = DateTimeOffset.UnixEpoch;
        var a = LoadResults.Run("a", LoadResults.Create(100, 0, 0, [1000]) with { MeasurementStart = start });
        var b = LoadResults.Run("b", LoadResults.Create(100, 0, 0, [1000], seconds: 10.01) with { MeasurementStart = start.AddSeconds(0.004) });
        var figures = AgentsBenchmark.Measure(2, 10, [a, b], LoadResultMerger.Merge("m", [a, b]), 0, [], "merged");
        Assert.That((figures.WithinGoal, figures.Ratio), Is.EqualTo((true, 200 / 10.014 / (10 + 100 / 10.01))).Using<(bool, double)>((x, y) => x.Item1 == y.Item1 && Math.Abs(x.Item2 - y.Item2) < 1e-6));
    }

    [Test]
    public void AFailedAgentALeftoverOrAMergeMissingAnAgentFailsTheRound()
    {
        var a = LoadResults.Run("a", LoadResults.Create(100, 0, 0, [1000]));
        var b = LoadResults.Run("b", LoadResults.Create(100, 0, 0, [5000]));
        var both = LoadResultMerger.Merge("m", [a, b]);
        var onlyA = LoadResultMerger.Merge("m", [a]);
        Assert.That(AgentsBenchmark.Measure(2, 10, [a, b], both, 0, ["agent 2: exit code 1"], "m").Succeeded, Is.False);
        Assert.That(AgentsBenchmark.Measure(2, 10, [a, b], both, 1, [], "m").Succeeded, Is.False);
        var missing = AgentsBenchmark.Measure(2, 10, [a, b], onlyA, 0, [], "m");
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

        // And both were given one --start-at instant and began measuring after it (its 1 s warm-up first): an agent ignoring the
        // option would have started when it was set up, seconds before the instant. How late a busy machine makes an agent is a
        // figure (the slack), not checked here; the bound only catches one that waited for something else
        var agents = Directory.GetFiles(_reports, "results.json", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}agent-", StringComparison.Ordinal)).Select(RunResultsReader.ReadLoad).ToList();
        Assert.That(agents, Has.Count.EqualTo(2));
        var startAt = agents[0].Settings.StartAt;
        Assert.That(startAt, Is.Not.Null.And.EqualTo(agents[1].Settings.StartAt));
        foreach (var agent in agents)
        {
            Assert.That(agent.Result.MeasurementStart, Is.GreaterThanOrEqualTo(startAt).And.LessThanOrEqualTo(startAt!.Value.AddSeconds(60)), agent.RunId);
        }
    }
}
