using S3NotifyConformance.ReferenceStore.Faults;
using S3NotifyConformance.Reports;
using S3NotifyConformance.Running;
using S3NotifyConformance.Targets;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Integration;

/// <summary>Waiting scenarios overlap, and the sentinel ends a wait early, without changing a single verdict: a run that overlaps
/// them and ends waits on the sentinel judges exactly as a serial run that waits every deadline out.</summary>
[NonParallelizable]
public sealed class OverlappedRunTests
{
    // Scenarios that work, that wait the whole deadline (removal events never come, so neither do their sentinels), and that
    // end on the sentinel with an event still missing (a late copy behind an arrived PUT sentinel).
    private const string Scenarios = "created/*,removed/*,wildcards/*,trigger/copy/specific/*/sqs";

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(1);

    [Test]
    public async Task AnOverlappedRunJudgesEveryScenarioAsASerialRunDoes()
    {
        // Given a store that drops removal events, delivers copies 6 s late and reorders events of different keys
        await using var store = await RunningStoreTarget.StartStoreAsync(EmbeddedTarget.DefaultBuilder
            .WithFault(StoreFault.DropObjectRemoved).WithFault(StoreFault.DeliveryLate).WithFault(StoreFault.ReorderAcrossKeys));
        var reports = Path.Combine(Path.GetTempPath(), "s3n-overlap-" + Guid.NewGuid().ToString("N"));
        try
        {
            // When the scenarios run one at a time waiting out every deadline, and then overlapped, ending waits on the sentinel
            var serialTimings = TargetTimings.Embedded with { DeliveryDeadline = Deadline, AfterSentinel = Deadline, Parallelism = 1, Concurrency = 1 };
            var serial = await RunAsync(store, serialTimings, reports);
            var overlappedTimings = TargetTimings.Embedded with { DeliveryDeadline = Deadline, AfterSentinel = TimeSpan.FromMilliseconds(300), Parallelism = 2, Concurrency = 16 };
            var overlapped = await RunAsync(store, overlappedTimings, reports);

            // Then the runs exercised waiting (events lost) and every scenario has the same outcome and the same findings
            Assert.That(serial.Scenarios.Count(s => s.Findings.Any(f => f.Rule == "delivery.lost")), Is.GreaterThanOrEqualTo(10));
            Assert.That(overlapped.Scenarios.Select(Verdict), Is.EqualTo(serial.Scenarios.Select(Verdict)));
            Assert.That(overlapped.Differences.Select(d => (d.Fingerprint, string.Join(",", d.Scenarios), d.Findings)),
                Is.EqualTo(serial.Differences.Select(d => (d.Fingerprint, string.Join(",", d.Scenarios), d.Findings))));

            // And both left nothing behind
            foreach (var run in new[] { serial, overlapped })
            {
                Assert.That(await Leftovers.OfRunAsync(store, run.RunId), Is.Empty);
                Assert.That(run.CleanupFailures, Is.Empty);
            }
        }
        finally
        {
            if (Directory.Exists(reports))
            {
                Directory.Delete(reports, true);
            }
        }
    }

    private static string Verdict(ScenarioResult s) =>
        $"{s.Id} {s.Outcome} {s.Error} {string.Join(" ", s.Findings.Select(f => f.Fingerprint).Order(StringComparer.Ordinal))}";

    private static async Task<RunResult> RunAsync(ReferenceStoreHost store, TargetTimings timings, string reports)
    {
        var catalog = new TargetCatalog(new Dictionary<string, Func<ITarget>> { ["embedded"] = () => new TimedStoreTarget(store, timings) }, Repository.Paths.Targets);
        var outcome = await new HarnessRunner(catalog, NullRunProgress.Instance).RunAsync(new RunOptions(null, Scenarios, reports, Repository.Paths), CancellationToken.None);
        return outcome.Result;
    }

    private sealed class TimedStoreTarget(ReferenceStoreHost store, TargetTimings timings) : ITarget
    {
        public string Name => "embedded";

        public Task<TargetConnection> StartAsync(CancellationToken cancellationToken) =>
            Task.FromResult(EmbeddedTarget.ConnectionFor(store) with { Timings = timings });

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
