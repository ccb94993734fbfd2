using System.Diagnostics;
using Amazon.S3.Model;
using S3NotifyConformance.ReferenceStore;
using S3NotifyConformance.ReferenceStore.Notifications;

namespace S3NotifyConformance.Tests.ReferenceStoreTests;

/// <summary>Injected delivery faults and the statistics that count them.</summary>
public sealed class DeliveryFaultTests
{
    [Test]
    public async Task DropProbabilityOneDeliversNothingAndCountsDrops()
    {
        // Given
        await using var session = await StoreSession.StartAsync(new ReferenceStoreBuilder().WithFaults(DeliveryFaults.None with { DropProbability = 1 }));
        var (bucket, queue) = await session.CreateNotifiedBucketAsync(["s3:ObjectCreated:*"]);

        // When
        for (var i = 0; i < 5; i++)
        {
            await session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = $"k{i}", ContentBody = "x" });
        }

        var received = await session.Sqs.ReceiveMessageAsync(new Amazon.SQS.Model.ReceiveMessageRequest { QueueUrl = queue, WaitTimeSeconds = 1 });

        // Then
        Assert.That(received.Messages ?? [], Is.Empty);
        Assert.That(session.Store.GetStatistics(), Is.EqualTo(new ReferenceStoreStatistics(5, 0, 0, 5, 0, 0)));
    }

    [Test]
    public async Task DuplicateProbabilityOneDeliversEveryEventTwiceWithIdenticalBodies()
    {
        // Given
        await using var session = await StoreSession.StartAsync(new ReferenceStoreBuilder().WithFaults(DeliveryFaults.None with { DuplicateProbability = 1 }));
        var (bucket, queue) = await session.CreateNotifiedBucketAsync(["s3:ObjectCreated:*"]);

        // When
        await session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "x" });
        var bodies = await session.ReceiveBodiesAsync(queue, 2);

        // Then
        Assert.That(bodies, Has.Count.EqualTo(2));
        Assert.That(bodies[0].ToJsonString(), Is.EqualTo(bodies[1].ToJsonString()));
        Assert.That(session.Store.GetStatistics(), Is.EqualTo(new ReferenceStoreStatistics(1, 2, 1, 0, 0, 0)));
    }

    [Test]
    public async Task FixedDelayHoldsEventsBackWhileTheS3ResponseReturnsAtOnce()
    {
        // Given
        await using var session = await StoreSession.StartAsync(new ReferenceStoreBuilder().WithFaults(DeliveryFaults.None with { Delay = DelayDistribution.Parse("fixed:1s") }));
        var (bucket, queue) = await session.CreateNotifiedBucketAsync(["s3:ObjectCreated:*"]);
        var watch = Stopwatch.StartNew();

        // When
        await session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "x" });
        var responded = watch.Elapsed;
        var pending = session.Store.GetStatistics().EventsPending;
        await session.ReceiveRecordsAsync(queue, 1);

        // Then
        Assert.That(responded, Is.LessThan(TimeSpan.FromMilliseconds(900)));
        Assert.That(pending, Is.EqualTo(1));
        Assert.That(watch.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(980)));
    }

    [Test]
    public async Task ReorderWindowShufflesButLosesNothing()
    {
        // Given 30 messages waiting before the loop starts, so they reach the window together whatever the machine is doing
        var bodies = Enumerable.Range(0, 30).Select(i => $"k{i:00}").ToList();

        // When
        var delivered = await DeliverQueuedAsync(DeliveryFaults.None with { ReorderWindow = 8, Seed = 42 }, bodies);

        // Then
        Assert.That(delivered, Is.EquivalentTo(bodies));
        Assert.That(delivered, Is.Not.EqualTo(bodies));
    }

    [Test]
    public async Task WithoutAReorderWindowEachDestinationSeesEmissionOrder()
    {
        var bodies = Enumerable.Range(0, 30).Select(i => $"k{i:00}").ToList();
        Assert.That(await DeliverQueuedAsync(DeliveryFaults.None, bodies), Is.EqualTo(bodies));
    }

    [Test]
    public async Task PipelineAccountsForEveryEventThroughDelaysDropsDuplicatesAndReordering()
    {
        // Given
        var target = new CountingTarget();
        var statistics = new DeliveryStatistics();
        var faults = new DeliveryFaults(DelayDistribution.Parse("uniform:0ms..20ms"), 0.05, 0.05, 4, 1);
        var pipeline = new DeliveryPipeline(faults, target, statistics);
        pipeline.Start();
        const int count = 20_000;
        var watch = Stopwatch.StartNew();

        // When
        for (var i = 0; i < count; i++)
        {
            pipeline.Enqueue(Item("body"));
        }

        while (statistics.Snapshot().EventsPending > 0 && watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(10);
        }

        await pipeline.DisposeAsync();

        // Then
        var snapshot = statistics.Snapshot();
        // (Throughput is a benchmark's business: s3notify bench prints it; a timed assertion here would only measure the machine.)
        Assert.That(snapshot.EventsPending, Is.Zero);
        Assert.That(snapshot.EventsDelivered, Is.EqualTo(count - snapshot.EventsDropped + snapshot.EventsDuplicated));
        Assert.That(snapshot.EventsDropped, Is.InRange(1, count / 5), "5% drops were configured");
        Assert.That(snapshot.EventsDuplicated, Is.InRange(1, count / 5), "5% duplicates were configured");
    }

    /// <summary>Queues every body, then starts the pipeline and returns the bodies in delivery order.</summary>
    private static async Task<List<string>> DeliverQueuedAsync(DeliveryFaults faults, IReadOnlyList<string> bodies)
    {
        var target = new RecordingTarget();
        var pipeline = new DeliveryPipeline(faults, target, new DeliveryStatistics());
        foreach (var body in bodies)
        {
            pipeline.Enqueue(Item(body));
        }

        pipeline.Start();
        var delivered = await target.WaitForAsync(bodies.Count, TimeSpan.FromSeconds(30));
        await pipeline.DisposeAsync();
        return delivered;
    }

    private static DeliveryItem Item(string body) =>
        new(DestinationKind.Queue, "arn", body, null, false, Stopwatch.GetTimestamp(), "id", DateTimeOffset.UtcNow);

    private sealed class CountingTarget : IDeliveryTarget
    {
        public DeliveryOutcome Deliver(DeliveryItem item) => DeliveryOutcome.Delivered;
    }

    /// <summary>Keeps the bodies in delivery order (the pipeline delivers from one thread).</summary>
    private sealed class RecordingTarget : IDeliveryTarget
    {
        private readonly List<string> _bodies = [];
        private readonly SemaphoreSlim _delivered = new(0);

        public DeliveryOutcome Deliver(DeliveryItem item)
        {
            lock (_bodies)
            {
                _bodies.Add(item.Body);
            }

            _delivered.Release();
            return DeliveryOutcome.Delivered;
        }

        public async Task<List<string>> WaitForAsync(int count, TimeSpan timeout)
        {
            using var deadline = new CancellationTokenSource(timeout);
            for (var i = 0; i < count; i++)
            {
                await _delivered.WaitAsync(deadline.Token);
            }

            lock (_bodies)
            {
                return [.. _bodies];
            }
        }
    }
}
