using Amazon.SQS.Model;
using S3NotifyConformance.Load;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.ReferenceStore;
using S3NotifyConformance.Running;
using S3NotifyConformance.Targets;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Load;

/// <summary>A load run tells the truth: hostile bodies are counted problems and never stop its receivers; problems, failed
/// requests and a failed sweep fail it unless a threshold judges them; a stopped store fails it.</summary>
[NonParallelizable]
public sealed class LoadTruthTests
{
    private string _reports = null!;

    [SetUp]
    public void CreateReports() => _reports = Path.Combine(Path.GetTempPath(), $"s3n-load-truth-{Guid.NewGuid():N}");

    [TearDown]
    public void RemoveReports()
    {
        if (Directory.Exists(_reports))
        {
            Directory.Delete(_reports, recursive: true);
        }
    }

    [Test]
    public async Task HostileKeysAreCountedProblemsTheReceiversKeepRunningAndTheRunFails()
    {
        // Given a store, and the four messages with an escaped lone surrogate in a measured key, sent into the run's queue
        await using var store = await RunningStoreTarget.StartStoreAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var injecting = InjectAsync(store, 4, """{"Records":[{"eventName":"ObjectCreated:Put","s3":{"object":{"key":"load/m/\ud800"}}}]}""", timeout.Token);

        // When a load runs, without and then with a threshold that judges problems
        var outcome = await RunAsync(store, "inject:rate=50,interval=1s,during=3s", [], timeout.Token);
        await injecting;

        // Then each body is a problem naming what was wrong, every write's event was still received, and the run failed
        var run = outcome.Result;
        Assert.That(run.Problems.Count(p => p.Contains("escaped unpaired surrogate")), Is.EqualTo(4), string.Join("\n", run.Problems));
        Assert.That((run.Result.Delivery.Lost, run.Result.Delivery.Delivered, run.Result.Delivery.Problems), Is.EqualTo((0L, run.Result.Delivery.Writes, 4L)));
        Assert.That(run.Succeeded, Is.False);
        Assert.That(run.Unallowed, Is.EqualTo(new[] { "4 problem(s) recorded (no threshold on problems allows that)" }));
        var results = File.ReadAllText(Path.Combine(outcome.ReportDirectory, "results.json"));
        Assert.That(results, Does.Contain("escaped unpaired surrogate"));
        Assert.That(File.ReadAllText(Path.Combine(outcome.ReportDirectory, "summary.md")), Does.Contain("4 problem(s) recorded"));
        Assert.That(File.ReadAllText(Path.Combine(outcome.ReportDirectory, "index.html")), Does.Contain("escaped unpaired surrogate"));
        Assert.That(run with { Settings = run.Settings with { Thresholds = ["problems <= 4"] } }, Has.Property(nameof(LoadRunResult.Succeeded)).True);
    }

    [Test]
    public async Task AStoreStoppedMidLoadFailsTheRun()
    {
        // Given a store that stops once the load's writes are under way (ten events emitted), in a three-second load
        var store = await RunningStoreTarget.StartStoreAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var stopping = Task.Run(async () =>
        {
            while (store.GetStatistics().EventsEmitted < 10)
            {
                await Task.Delay(10, timeout.Token);
            }

            await store.DisposeAsync();
        });

        // When
        var outcome = await RunAsync(store, "inject:rate=50,interval=1s,during=3s", [], timeout.Token, warmup: TimeSpan.Zero);
        await stopping;

        // Then it failed, saying why: the writes that failed, or, when the receivers' calls went unanswered first, the store
        // named unresponsive (which ends the load before its writes fail); either way never a pass
        var run = outcome.Result;
        Assert.That(run.Succeeded, Is.False);
        var why = run.StoppedBecause is null ? run.Unallowed : run.Unallowed.Add(run.StoppedBecause);
        Assert.That(why, Has.Some.Contains("request(s) failed (no threshold on fail or fail.rate allows that)").Or.Some.Contains("unanswered"),
            string.Join("\n", why));
        Assert.That(File.Exists(Path.Combine(outcome.ReportDirectory, "results.json")), Is.True);
    }

    [TestCase(new string[0], false)]
    [TestCase(new[] { "fail.rate < 1%" }, true)]
    [TestCase(new[] { "fail.rate < 0.1%" }, false)]
    [TestCase(new[] { "fail <= 5" }, true)]
    [TestCase(new[] { "loss == 0" }, false)]
    public void FailedRequestsFailARunUnlessAThresholdJudgesThem(string[] thresholds, bool succeeded)
    {
        // Given 5 failed requests of 1,000
        var result = LoadResults.Create(1000, 0, 0, [1000]);
        result = result with { Requests = result.Requests with { Scheduled = 1000, Fail = 5 } };

        // Then
        Assert.That(LoadResults.Run("r", result, thresholds).Succeeded, Is.EqualTo(succeeded));
    }

    [Test]
    public void ASweepThatLeftResourcesAlwaysFailsTheRun()
    {
        var run = LoadResults.Run("r", LoadResults.Create(10, 0, 0, [1000]), "fail.rate < 1%", "problems < 100") with { CleanupFailures = ["queue s3n-x-0001-load"] };
        Assert.That((run.Succeeded, run.Unallowed.Single()), Is.EqualTo((false, "the sweep could not remove 1 resource(s)")));
    }

    [Test]
    public void AnInterruptedRunsRatesAreOverTheTimeItRan()
    {
        // Given 100 ok requests of a 20 s plan, stopped about half a second in
        var metrics = new LoadMetrics(System.Diagnostics.Stopwatch.GetTimestamp());
        var plan = LoadPlan.Parse(["inject:rate=500,interval=1s,during=20s"]);
        for (var i = 0; i < 100; i++)
        {
            var iteration = new LoadIteration(i, LoadStage.Measurement, metrics.Origin);
            metrics.RecordStarted(iteration, metrics.Origin);
            metrics.RecordCompleted(iteration, metrics.Origin + 1, StepOutcome.Success(1));
        }

        Thread.Sleep(500);
        metrics.RecordStopped();

        // When
        var interrupted = metrics.ToResult(plan, "s", "put_object", TimeSpan.Zero, interrupted: true);
        var finished = metrics.ToResult(plan, "s", "put_object", TimeSpan.Zero);

        // Then the interrupted rate is over the half second (not the 20 s planned), the finished one over the plan
        Assert.That(interrupted.DurationSeconds, Is.InRange(0.4, 10));
        Assert.That(interrupted.Requests.AchievedRps, Is.GreaterThan(10));
        Assert.That(finished.Requests.AchievedRps, Is.EqualTo(5).Within(0.01));
    }

    private async Task<LoadRunOutcome> RunAsync(ReferenceStoreHost store, string simulation, ImmutableArray<string> thresholds, CancellationToken cancellationToken, TimeSpan? warmup = null)
    {
        var options = new LoadRunOptions(null, [simulation], warmup ?? TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(3), null, 64, thresholds, null, _reports, Repository.Paths);
        return await new LoadRunner(new RunningStoreTarget(store).Catalog(), NullLoadProgress.Instance).RunAsync(options, cancellationToken);
    }

    private static async Task InjectAsync(ReferenceStoreHost store, int count, string body, CancellationToken cancellationToken)
    {
        using var clients = ProvisioningClients.For(EmbeddedTarget.ConnectionFor(store));
        var queueUrl = await QueueUrlAsync(store, cancellationToken);
        for (var i = 0; i < count; i++)
        {
            await clients.Sqs!.SendMessageAsync(queueUrl, body, cancellationToken);
        }
    }

    private static async Task<string> QueueUrlAsync(ReferenceStoreHost store, CancellationToken cancellationToken)
    {
        using var clients = ProvisioningClients.For(EmbeddedTarget.ConnectionFor(store));
        string? queueUrl = null;
        while (queueUrl is null)
        {
            var queues = await clients.Sqs!.ListQueuesAsync(new ListQueuesRequest { QueueNamePrefix = "s3n-" }, cancellationToken);
            queueUrl = queues.QueueUrls?.FirstOrDefault();
            if (queueUrl is null)
            {
                await Task.Delay(10, cancellationToken);
            }
        }

        return queueUrl;
    }
}
