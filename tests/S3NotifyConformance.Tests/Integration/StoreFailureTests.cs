using System.Text.RegularExpressions;
using System.Text.Json;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Integration;

/// <summary>Real processes: a run or load against a store in another process (<c>s3notify serve</c>), signalled as a user, a CI
/// timeout or the kernel would. Every run ends with a report and leaves nothing behind, or names what is left and how to sweep it.</summary>
[NonParallelizable]
public sealed class StoreFailureTests
{
    // Short enough that a stopped store is noticed in seconds; far above what the embedded store needs per call (under a second).
    private const string Timing = "deliveryDeadline: 5s, settle: 150ms, parallelism: 4, callTimeout: 3s, unresponsiveAfter: 3";
    private static readonly TimeSpan StoppedStoreBound = TimeSpan.FromSeconds(3 * 3 + 5 + 10);

    private string _reports = null!;

    [SetUp]
    public void CreateReportFolder() => _reports = Path.Combine(Path.GetTempPath(), $"s3n-store-failure-{Guid.NewGuid():N}");

    [TearDown]
    public void RemoveReportFolder()
    {
        if (Directory.Exists(_reports))
        {
            Directory.Delete(_reports, recursive: true);
        }
    }

    [TestCase(CliChild.SigInt)]
    [TestCase(CliChild.SigTerm)]
    public async Task ASignalledRunWritesItsReportSaysInterruptedAndLeavesNothing(int signal)
    {
        // Given a run in progress against a store in another process
        using var store = await ServedStore.StartAsync(Timing);
        using var run = CliChild.Start("run", "--target", store.TargetFile, "--report-dir", _reports);
        await run.WaitForAsync(o => Finished(o, 5), TimeSpan.FromSeconds(120), "five finished scenarios");
        var runId = ServedStore.RunIdIn(run.Out);

        // When
        run.Signal(signal);
        await run.WaitForExitAsync(TimeSpan.FromSeconds(90));

        // Then
        Assert.That(run.ExitCode, Is.EqualTo(1), run.Out + run.Error);
        Assert.That(run.Error, Does.Contain("interrupted"));
        using var results = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_reports, runId, "results.json")));
        Assert.That(results.RootElement.GetProperty("interrupted").GetBoolean(), Is.True);
        Assert.That(File.Exists(Path.Combine(_reports, runId, "junit.xml")) && File.Exists(Path.Combine(_reports, runId, "summary.md")));
        Assert.That(await store.LeftoversOfAsync(runId), Is.Empty);
    }

    [Test]
    public async Task AfterAKilledRunSweepRemovesEverythingCarryingItsIdAndNothingElse()
    {
        // Given buckets of someone else on the same store, one of them named almost like the harness's
        using var store = await ServedStore.StartAsync(Timing);
        string[] foreign = ["someone-elses-bucket", "s3n-20200101t000000-abcd-0001-copy", "s3n-20200101t000000-abcd"];
        foreach (var bucket in foreign)
        {
            await store.CreateBucketAsync(bucket);
        }

        // and a run killed mid-way, which prints how to sweep it first
        using var run = CliChild.Start("run", "--target", store.TargetFile, "--report-dir", _reports);
        await run.WaitForAsync(o => Finished(o, 20), TimeSpan.FromSeconds(120), "twenty finished scenarios");
        var runId = ServedStore.RunIdIn(run.Out);
        Assert.That(run.Out, Does.Contain($"s3notify sweep --target {store.TargetFile} --run {runId}"));
        run.Signal(CliChild.SigKill);
        await run.WaitForExitAsync(TimeSpan.FromSeconds(30));
        var left = await store.LeftoversOfAsync(runId);
        Assert.That(left, Is.Not.Empty, "a run killed with scenarios in flight leaves their resources");

        // When
        var dryRun = await CliProcess.RunAsync("sweep", "--target", store.TargetFile, "--run", runId, "--dry-run");
        var sweep = await CliProcess.RunAsync("sweep", "--target", store.TargetFile, "--run", runId);
        var olderThan = await CliProcess.RunAsync("sweep", "--target", store.TargetFile, "--older-than", "1s");

        // Then
        Assert.That(dryRun.ExitCode, Is.Zero, dryRun.Out + dryRun.Error);
        Assert.That(dryRun.Out, Does.Contain($"{left.Length} resource(s)").And.Contain(left[0].Name));
        Assert.That(sweep.ExitCode, Is.Zero, sweep.Out + sweep.Error);
        Assert.That(await store.LeftoversOfAsync(runId), Is.Empty);
        Assert.That(olderThan.ExitCode, Is.Zero, olderThan.Out + olderThan.Error);
        Assert.That(await store.BucketsAsync(), Is.SupersetOf(foreign));
    }

    [Test]
    public async Task AStoreThatStopsAnsweringEndsTheRunWithAReportNamingItThenSweepLeavesNothing()
    {
        // Given a run in progress
        using var store = await ServedStore.StartAsync(Timing);
        using var run = CliChild.Start("run", "--target", store.TargetFile, "--report-dir", _reports);
        await run.WaitForAsync(o => Finished(o, 20), TimeSpan.FromSeconds(120), "twenty finished scenarios");
        var runId = ServedStore.RunIdIn(run.Out);

        // When the store stops answering (SIGSTOP: its sockets stay open, nothing answers)
        store.Process.Signal(CliChild.SigStop);
        var waited = await run.WaitForExitAsync(TimeSpan.FromSeconds(120));

        // Then the run ends within callTimeout × unresponsiveAfter + deliveryDeadline + 10 s, with its report naming the store
        Assert.That(run.ExitCode, Is.EqualTo(1), run.Out + run.Error);
        Assert.That(waited, Is.LessThan(StoppedStoreBound), run.Out);
        var endpoint = store.Endpoint.GetLeftPart(UriPartial.Authority);
        var folder = Path.Combine(_reports, runId);
        using var results = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "results.json")));
        Assert.That(results.RootElement.GetProperty("stoppedBecause").GetString(), Does.Contain("store unresponsive").And.Contain(endpoint));
        Assert.That(results.RootElement.GetProperty("interrupted").GetBoolean(), Is.False);
        Assert.That(await File.ReadAllTextAsync(Path.Combine(folder, "summary.md")), Does.Contain("store unresponsive").And.Contain(endpoint));
        Assert.That(await File.ReadAllTextAsync(Path.Combine(folder, "junit.xml")), Does.Contain("not run: store unresponsive"));
        Assert.That(run.Out + run.Error, Does.Not.Contain("Unhandled exception"));

        // and once it answers again, the printed sweep leaves nothing
        store.Process.Signal(CliChild.SigCont);
        var sweep = await CliProcess.RunAsync("sweep", "--target", store.TargetFile, "--run", runId);
        Assert.That(sweep.ExitCode, Is.Zero, sweep.Out + sweep.Error);
        Assert.That(await store.LeftoversOfAsync(runId), Is.Empty);
    }

    [Test]
    public async Task AStoreThatStopsAnsweringDuringALoadEndsItWithAReportAndExitOne()
    {
        // Given a load in its measurement
        using var store = await ServedStore.StartAsync(Timing);
        using var load = CliChild.Start("load", "--target", store.TargetFile, "--report-dir", _reports,
            "--simulation", "inject:rate=20,interval=1s,during=60s", "--warmup", "1s");
        await load.WaitForAsync(o => o.Contains("measuring"), TimeSpan.FromSeconds(120), "the measurement");
        var runId = ServedStore.RunIdIn(load.Out + load.Error);
        await Task.Delay(TimeSpan.FromSeconds(2));

        // When
        store.Process.Signal(CliChild.SigStop);
        var waited = await load.WaitForExitAsync(TimeSpan.FromSeconds(120));

        // Then
        Assert.That(load.ExitCode, Is.EqualTo(1), load.Out + load.Error);
        Assert.That(load.Out + load.Error, Does.Not.Contain("Unhandled exception"));
        Assert.That(waited, Is.LessThan(StoppedStoreBound + TimeSpan.FromSeconds(10)), load.Out + load.Error);
        using var results = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_reports, runId, "results.json")));
        Assert.That(results.RootElement.GetProperty("stoppedBecause").GetString(), Does.Contain("store unresponsive"));
        Assert.That(await File.ReadAllTextAsync(Path.Combine(_reports, runId, "summary.md")), Does.Contain("store unresponsive"));

        store.Process.Signal(CliChild.SigCont);
        var sweep = await CliProcess.RunAsync("sweep", "--target", store.TargetFile, "--run", runId);
        Assert.That(sweep.ExitCode, Is.Zero, sweep.Out + sweep.Error);
        Assert.That(await store.LeftoversOfAsync(runId), Is.Empty);
    }

    /// <summary>True once the run's progress shows <paramref name="count"/> finished scenarios (" 20/333 pass …"), whatever the suite's size.</summary>
    private static bool Finished(string output, int count) => Regex.IsMatch(output, $@"(^|\s){count}/\d+ ", RegexOptions.Multiline);
}
