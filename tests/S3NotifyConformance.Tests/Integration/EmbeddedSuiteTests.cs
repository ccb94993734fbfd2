using S3NotifyConformance.Judging;
using S3NotifyConformance.Reports;
using S3NotifyConformance.Running;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Integration;

/// <summary>The whole conformance suite through the real AWS SDK clients against the embedded reference store.</summary>
[NonParallelizable]
public sealed class EmbeddedSuiteTests
{
    private ReferenceStoreHost _store = null!;
    private string _reports = null!;

    [OneTimeSetUp]
    public async Task StartStore()
    {
        _store = await RunningStoreTarget.StartStoreAsync();
        _reports = Path.Combine(Path.GetTempPath(), "s3n-reports-" + Guid.NewGuid().ToString("N"));
    }

    [OneTimeTearDown]
    public async Task StopStore()
    {
        await _store.DisposeAsync();
        if (Directory.Exists(_reports))
        {
            Directory.Delete(_reports, true);
        }
    }

    [Test]
    public async Task EveryScenarioPassesAndNothingCarryingTheRunIdRemains()
    {
        // Given the project's scenarios and expected snapshots
        var runner = new HarnessRunner(new RunningStoreTarget(_store).Catalog(), NullRunProgress.Instance);

        // When
        var outcome = await runner.RunAsync(new RunOptions(null, null, _reports, Repository.Paths), CancellationToken.None);

        // Then
        var failures = outcome.Result.Scenarios.Where(s => s.Outcome != ScenarioOutcome.Passed)
            .Select(s => $"{s.Id}: {s.Outcome} {s.Error} {string.Join("; ", s.Findings.Take(3).Select(f => $"[{f.Rule}] {f.Subject}: expected {f.Expected}, actual {f.Actual}"))}");
        Assert.That(failures, Is.Empty);
        Assert.That(outcome.Result.Scenarios, Has.Length.GreaterThanOrEqualTo(300));
        var passed = outcome.Result.Scenarios.Where(s => s.Outcome == ScenarioOutcome.Passed).Select(s => s.Id).ToHashSet();
        var configuredInPassing = S3NotifyConformance.Scenarios.ScenarioLoader.LoadDirectory(Repository.Paths.Scenarios)
            .Where(s => passed.Contains(s.Id)).SelectMany(s => s.AllConfigurations.SelectMany(c => c.Events)).ToHashSet();
        Assert.That(S3NotifyConformance.Scenarios.EventNames.All, Is.SubsetOf(configuredInPassing));
        Assert.That(await Leftovers.OfRunAsync(_store, outcome.Result.RunId), Is.Empty);
        Assert.That(outcome.Result.CleanupFailures, Is.Empty);
        foreach (var file in new[] { "results.json", "junit.xml", "summary.md" })
        {
            Assert.That(File.Exists(Path.Combine(outcome.ReportDirectory, file)), Is.True, file);
        }

        Assert.That(ReportJson.Read(Path.Combine(outcome.ReportDirectory, "results.json")).Totals, Is.EqualTo(outcome.Result.Totals));
    }

    [Test]
    public async Task AnInterruptedRunStillRemovesEverythingItCreatedAndReportsTheRest()
    {
        // Given a run that is cancelled once its first scenarios finish, as Ctrl+C does
        using var interrupt = new CancellationTokenSource();
        var progress = new CancelAfterProgress(interrupt, finished: 3);
        var runner = new HarnessRunner(new RunningStoreTarget(_store).Catalog(), progress);

        // When
        var outcome = await runner.RunAsync(new RunOptions(null, null, _reports, Repository.Paths, Parallelism: 2), interrupt.Token);

        // Then
        Assert.That(outcome.Result.Interrupted, Is.True);
        Assert.That(outcome.Result.Scenarios.Count(s => s.Outcome == ScenarioOutcome.Error), Is.GreaterThan(0));
        Assert.That(await Leftovers.OfRunAsync(_store, outcome.Result.RunId), Is.Empty);
        Assert.That(File.Exists(Path.Combine(outcome.ReportDirectory, "results.json")), Is.True);
    }

    private sealed class CancelAfterProgress(CancellationTokenSource interrupt, int finished) : IRunProgress
    {
        private int _count;

        public void RunStarted(string runId, TargetSummary target, int total)
        {
        }

        public void ScenarioFinished(ScenarioResult result)
        {
            if (Interlocked.Increment(ref _count) == finished)
            {
                interrupt.Cancel();
            }
        }

        public void Info(string message)
        {
        }
    }
}
