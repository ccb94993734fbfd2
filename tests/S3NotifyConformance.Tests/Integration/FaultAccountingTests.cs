using S3NotifyConformance.Judging;
using S3NotifyConformance.ReferenceStore;
using S3NotifyConformance.Reports;
using S3NotifyConformance.Running;
using S3NotifyConformance.Targets;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Integration;

/// <summary>Each accounting path of judging (duplicate, loss, coalescing, out-of-order arrival) driven through the embedded
/// store with one of its fault knobs, asserting the counts.</summary>
[NonParallelizable]
public sealed class FaultAccountingTests
{
    private const string Scenarios = """
        scenarios:
          - id: faults/versioned-sequential
            source: inferred fixture
            versioning: enabled
            notification: [{ id: c, destination: sqs, events: ["s3:ObjectCreated:*"] }]
            steps: [{ put: { key: k, body: "1" } }, { put: { key: k, body: "2" } }, { put: { key: k, body: "3" } }, { put: { key: k, body: "4" } },
                    { put: { key: k, body: "5" } }, { put: { key: k, body: "6" } }, { put: { key: k, body: "7" } }, { put: { key: k, body: "8" } }]
            expect: { snapshot: false }
          - id: faults/unversioned-concurrent
            source: inferred fixture
            notification: [{ id: c, destination: sqs, events: ["s3:ObjectCreated:*"] }]
            steps: [{ concurrent: { key: k, writers: 16 } }]
            expect: { snapshot: false }
          - id: faults/versioned-concurrent
            source: inferred fixture
            versioning: enabled
            notification: [{ id: c, destination: sqs, events: ["s3:ObjectCreated:*"] }]
            steps: [{ concurrent: { key: k, writers: 16 } }]
            expect: { snapshot: false }
        """;

    private static async Task<ScenarioResult> RunAsync(DeliveryFaults faults, string scenario)
    {
        using var project = TempProject.Create("s3n-faults-");
        project.WriteScenarios("faults.yaml", Scenarios);
        var paths = project.Paths;
        await using var store = await RunningStoreTarget.StartStoreAsync(EmbeddedTarget.DefaultBuilder.WithFaults(faults));
        var outcome = await new HarnessRunner(new RunningStoreTarget(store).Catalog(), NullRunProgress.Instance)
            .RunAsync(new RunOptions(null, scenario, paths.Reports, paths), CancellationToken.None);
        return outcome.Result.Scenarios.Single();
    }

    [Test]
    public async Task EveryDuplicatedEventIsCountedAsADuplicate()
    {
        var result = await RunAsync(DeliveryFaults.None with { DuplicateProbability = 1.0, Seed = 7 }, "faults/versioned-sequential");
        Assert.That((result.Counts.Matched, result.Counts.Duplicates, result.Counts.Lost), Is.EqualTo((8, 8, 0)));
        Assert.That(result.Findings.Select(f => f.Rule).Distinct(), Is.EqualTo(new[] { "policy.duplicates" }));
    }

    [Test]
    public async Task EveryDroppedEventIsCountedAsLostAfterTheDeadline()
    {
        var result = await RunAsync(DeliveryFaults.None with { DropProbability = 1.0, Seed = 7 }, "faults/versioned-sequential");
        Assert.That((result.Counts.Expected, result.Counts.Matched, result.Counts.Lost, result.Counts.Coalesced), Is.EqualTo((8, 0, 8, 0)));
        Assert.That(result.Outcome, Is.EqualTo(ScenarioOutcome.Failed));
        Assert.That(result.Findings.Select(f => f.Rule), Has.Member("delivery.sentinel"), "the dropped sentinel is reported, not only waited for");
    }

    [Test]
    public async Task DropsAmongSimultaneousUnversionedWritesCountAsCoalescedNotLost()
    {
        var result = await RunAsync(DeliveryFaults.None with { DropProbability = 0.5, Seed = 11 }, "faults/unversioned-concurrent");
        var c = result.Counts;
        Assert.That(c.Coalesced, Is.GreaterThan(0));
        Assert.That(c.Matched + c.Coalesced + c.Lost, Is.EqualTo(c.Expected));
        Assert.That(c.CoalescingRatio, Is.EqualTo((double)c.Coalesced / c.Expected));
    }

    [Test]
    public async Task OnAVersionedBucketTheSameDropsAreLostBecauseAwsNotifiesEveryVersion()
    {
        var result = await RunAsync(DeliveryFaults.None with { DropProbability = 0.5, Seed = 11 }, "faults/versioned-concurrent");
        Assert.That(result.Counts.Coalesced, Is.Zero);
        Assert.That(result.Counts.Lost, Is.GreaterThan(0));
        Assert.That(result.Counts.Matched + result.Counts.Lost, Is.EqualTo(result.Counts.Expected));
    }

    [Test]
    public async Task ReorderedDeliveryIsCountedAsOutOfOrderArrivalsWithoutSequencerViolations()
    {
        // Given delivery that reorders twice over: a window of 4, and delays spread over 200 ms, which shuffle sequential writes even
        // when a busy machine spaces them further apart than the window's 20 ms linger
        var shuffling = DeliveryFaults.None with { Delay = DelayDistribution.Parse("uniform:0ms..200ms"), ReorderWindow = 4, Seed = 3 };
        var reordered = await RunAsync(shuffling, "faults/versioned-sequential");
        var inOrder = await RunAsync(DeliveryFaults.None, "faults/versioned-sequential");
        Assert.That(reordered.Counts.OutOfOrderArrivals, Is.GreaterThan(0));
        Assert.That((reordered.Counts.SequencerViolations, reordered.Outcome), Is.EqualTo((0, ScenarioOutcome.Passed)));
        Assert.That(inOrder.Counts.OutOfOrderArrivals, Is.Zero);
    }
}
