using S3NotifyConformance.Load;
using S3NotifyConformance.ReferenceStore;
using S3NotifyConformance.Reports.Load;
using S3NotifyConformance.Running;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Load;

/// <summary>The acceptance, in short runs against the embedded store: a clean store at the requested rate with no loss and
/// no duplicates; a faulty store whose duplication and delay the measurement reproduces; compare; reports from results.json.
/// The 20 s figures in the README come from <c>s3notify load</c> and <c>s3notify bench</c>.</summary>
[NonParallelizable]
public sealed class LoadAcceptanceTests
{
    private static readonly DeliveryFaults Faults = new(DelayDistribution.Parse("normal:mean=30ms,sd=5ms"), DuplicateProbability: 0.05, DropProbability: 0, ReorderWindow: 0, Seed: 1);

    private string _reports = null!;
    private LoadRunOutcome _clean = null!;
    private LoadRunOutcome _faulty = null!;

    [OneTimeSetUp]
    public async Task RunCleanAndFaultyLoads()
    {
        _reports = Path.Combine(Path.GetTempPath(), $"s3n-load-{Guid.NewGuid():N}");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        _clean = await RunAsync("inject:rate=200,interval=1s,during=5s", null, ["loss == 0", "duplication == 0"], timeout.Token);
        _faulty = await RunAsync("inject:rate=200,interval=1s,during=4s", Faults, [], timeout.Token);
    }

    [OneTimeTearDown]
    public void RemoveReports()
    {
        if (Directory.Exists(_reports))
        {
            Directory.Delete(_reports, recursive: true);
        }
    }

    [Test]
    public void ACleanStoreGetsTheRequestedRateWithoutLossOrDuplicates()
    {
        var result = _clean.Result;
        TestContext.Progress.WriteLine($"clean store: {result.Result.Requests.AchievedRps:0.0}/s achieved of {result.Result.Requests.RequestedRps}/s requested ({result.Result.Requests.RateRatio:P2})");
        // Every scheduled request ran (1,000 below); how close the rate came is a figure for `bench` (a busy machine stretches the
        // schedule a few per cent), so this bound only catches an engine that under- or over-injects.
        Assert.That(result.Result.Requests.RateRatio, Is.InRange(0.9, 1.02));
        Assert.That((result.Result.Requests.Fail, result.Result.Delivery.Lost, result.Result.Delivery.Duplicates), Is.EqualTo((0L, 0L, 0L)));
        Assert.That(result.Result.Delivery.Delivered, Is.EqualTo(1000));
        Assert.That(result.Succeeded, Is.True, string.Join("; ", result.Thresholds));
        Assert.That(result.CleanupFailures, Is.Empty);
    }

    [Test]
    public void EveryReportFileIsWritten() =>
        Assert.That(new[] { "results.json", "index.html", "summary.md", "stats.csv" }.Select(f => File.Exists(Path.Combine(_clean.ReportDirectory, f))), Is.All.True);

    [Test]
    public void EveryReportRendersFromResultsJsonAlone()
    {
        // Given the run as read back from its results.json
        var read = LoadJsonReportWriter.Read(_clean.ReportDirectory);

        // Then every other file is exactly what its writer renders from it
        foreach (var writer in new LoadReportWriterBase[] { new LoadHtmlReportWriter(), new LoadMarkdownReportWriter(), new LoadCsvReportWriter() })
        {
            Assert.That(writer.Render(read), Is.EqualTo(File.ReadAllText(Path.Combine(_clean.ReportDirectory, writer.FileName))), writer.FileName);
        }
    }

    [Test]
    public void TheCsvHasNBomberLikeColumnsAndOneRowPerStep()
    {
        var lines = File.ReadAllLines(Path.Combine(_clean.ReportDirectory, "stats.csv"));
        Assert.That(lines[0], Does.StartWith("test_suite,scenario,step_name,duration_s,request_count,ok,failed,rps,min_ms,mean_ms,max_ms,p50_ms,p75_ms"));
        Assert.That(lines.Skip(1).Select(l => l.Split(',')[2]), Is.EqualTo(new[] { "put_object", "delivery", "broker_send" }));
    }

    [Test]
    public void AFaultyStoresDuplicationAndDelayAreMeasured()
    {
        // Given the store duplicated 5% of events and delayed each by normal(30 ms, 5 ms)
        var delivery = _faulty.Result.Result.Delivery;
        TestContext.Progress.WriteLine(
            $"faulty store: {delivery.Writes} writes, duplication {delivery.DuplicationRate:P2}, delivery p50 {delivery.Latency.Stats.P50:0.00} ms (configured 30.00), " +
            $"p99 {delivery.Latency.Stats.P99:0.00} ms (configured 41.63), broker p50 {delivery.Broker.Stats.P50:0.00} ms");

        // Then duplication is 5% within the sampling error of this many writes: the store draws each duplicate, so for n writes the
        // rate's standard error is sqrt(0.05 * 0.95 / n); ±1% is four of them from about 7,600 writes (the README's 20 s run has
        // 10,000), for this run's 800 the bound is four standard errors, 3.1%.
        var samplingBound = 4 * Math.Sqrt(0.05 * 0.95 / delivery.Writes);
        Assert.That(delivery.DuplicationRate, Is.EqualTo(0.05).Within(Math.Max(0.01, samplingBound)));

        // And the median delivery shows the configured 30 ms: never less (that would be a clock or pairing error; 2 ms allows the
        // median's sampling error of 0.2 ms many times over), and at most 30 ms more. On an idle machine the excess is 0.02-0.03 ms
        // (benchmark (c) in the README), but here the store, the collector and the test share two cores with whatever else CI runs
        // (the real-store suites run beside it), and a busy machine has been seen to add 15 ms; the upper bound catches a
        // harness that adds its own delay, the precision is benchmark (c)'s. The p99 is printed, not asserted, for the same reason.
        Assert.That(delivery.Latency.Stats.P50, Is.InRange(28.0, 60.0));
        Assert.That(delivery.Lost, Is.Zero);
    }

    [Test]
    public void CompareOfARunWithItselfShowsNoRegression() =>
        Assert.That(LoadComparison.Compare(_clean.Result, _clean.Result, 0.10).HasRegression, Is.False);

    [Test]
    public void CompareWithARunWithAddedDelayShowsTheRegression()
    {
        var comparison = LoadComparison.Compare(_clean.Result, _faulty.Result, 0.10);
        Assert.That(comparison.HasRegression, Is.True);
        Assert.That(comparison.Deltas.Where(d => d.IsRegression).Select(d => d.Metric), Does.Contain("delivery.p50"));
    }

    private async Task<LoadRunOutcome> RunAsync(string simulation, DeliveryFaults? faults, ImmutableArray<string> thresholds, CancellationToken cancellationToken)
    {
        var options = new LoadRunOptions(null, [simulation], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), null, 1024, thresholds, faults, _reports, Repository.Paths);
        return await new LoadRunner(BuiltInTargets.Catalog(Repository.Paths), NullLoadProgress.Instance).RunAsync(options, cancellationToken);
    }
}
