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
        // Given
        await using var session = await StoreSession.StartAsync(new ReferenceStoreBuilder().WithFaults(DeliveryFaults.None with { ReorderWindow = 8, Seed = 42 }));
        var (bucket, queue) = await session.CreateNotifiedBucketAsync(["s3:ObjectCreated:*"]);

        // When
        for (var i = 0; i < 30; i++)
        {
            await session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = $"k{i:00}", ContentBody = "x" });
        }

        var keys = (await session.ReceiveRecordsAsync(queue, 30)).Select(r => r.Text("s3.object.key")!).ToList();

        // Then
        Assert.That(keys, Is.EquivalentTo(Enumerable.Range(0, 30).Select(i => $"k{i:00}")));
        Assert.That(keys, Is.Not.Ordered);
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
            pipeline.Enqueue(new DeliveryItem(DestinationKind.Queue, "arn", "body", null, false, Stopwatch.GetTimestamp(), "id", DateTimeOffset.UtcNow));
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

    private sealed class CountingTarget : IDeliveryTarget
    {
        public DeliveryOutcome Deliver(DeliveryItem item) => DeliveryOutcome.Delivered;
    }
}
