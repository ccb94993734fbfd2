using System.Diagnostics;
using Amazon.S3.Model;
using S3NotifyConformance.ReferenceStore;
using S3NotifyConformance.ReferenceStore.Faults;

namespace S3NotifyConformance.Tests.ReferenceStoreTests;

/// <summary>The embedded store's outage knob: destinations down (retry or drop), slow, and a store restart.</summary>
public sealed class DeliveryOutageTests
{
    [Test]
    public async Task RetryHoldsEventsWhileDownAndDeliversThemInOrderOnceBack()
    {
        // Given a store that retries, with its destinations down
        await using var session = await StoreSession.StartAsync(new ReferenceStoreBuilder().WithOutagePolicy(OutagePolicy.Retry));
        var (bucket, queue) = await session.CreateNotifiedBucketAsync(["s3:ObjectCreated:*"]);
        session.Store.BeginDeliveryDisruption(DestinationDisruption.Down);

        // When five objects are written during the outage
        for (var i = 0; i < 5; i++)
        {
            await session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = $"k{i}", ContentBody = "x" });
        }

        var whileDown = await session.Sqs.ReceiveMessageAsync(new Amazon.SQS.Model.ReceiveMessageRequest { QueueUrl = queue, WaitTimeSeconds = 1 });
        var held = session.Store.GetStatistics().EventsHeld;
        var watch = Stopwatch.StartNew();
        session.Store.EndDeliveryDisruption();
        var records = await session.ReceiveRecordsAsync(queue, 5);

        // Then nothing arrived while down, and all five arrived afterwards, in write order, within the backoff cap
        Assert.That(whileDown.Messages ?? [], Is.Empty);
        Assert.That(held, Is.EqualTo(5));
        Assert.That(records.Select(r => r["s3"]!["object"]!["key"]!.GetValue<string>()), Is.EqualTo(new[] { "k0", "k1", "k2", "k3", "k4" }));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), "held events go out at the next retry (backoff capped at 1 s)");
        Assert.That(session.Store.GetStatistics() is { EventsDelivered: 5, EventsDroppedInOutage: 0, EventsPending: 0 });
    }

    [Test]
    public async Task DropLosesExactlyTheEventsWrittenWhileDown()
    {
        // Given a store that drops what it cannot deliver
        await using var session = await StoreSession.StartAsync(new ReferenceStoreBuilder().WithOutagePolicy(OutagePolicy.Drop));
        var (bucket, queue) = await session.CreateNotifiedBucketAsync(["s3:ObjectCreated:*"]);

        // When two objects are written before, three during and two after an outage
        async Task PutAsync(string key) => await session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, ContentBody = "x" });
        await PutAsync("before-1");
        await PutAsync("before-2");
        await session.ReceiveRecordsAsync(queue, 2);
        session.Store.BeginDeliveryDisruption(DestinationDisruption.Down);
        await PutAsync("during-1");
        await PutAsync("during-2");
        await PutAsync("during-3");
        session.Store.EndDeliveryDisruption();
        await PutAsync("after-1");
        await PutAsync("after-2");
        var after = await session.ReceiveRecordsAsync(queue, 2);

        // Then the three written during the outage are lost and counted, nothing else (the eighth event is the sentinel)
        Assert.That(after.Select(r => r["s3"]!["object"]!["key"]!.GetValue<string>()), Is.EqualTo(new[] { "after-1", "after-2" }));
        await session.AssertNothingElseAsync(bucket, queue);
        Assert.That(session.Store.GetStatistics() is { EventsEmitted: 8, EventsDelivered: 5, EventsDroppedInOutage: 3, EventsPending: 0 });
    }

    [Test]
    public async Task SlowDestinationDeliversEachEventAfterTheDelay()
    {
        // Given destinations that take 800 ms per delivery
        await using var session = await StoreSession.StartAsync();
        var (bucket, queue) = await session.CreateNotifiedBucketAsync(["s3:ObjectCreated:*"]);
        session.Store.BeginDeliveryDisruption(DestinationDisruption.Slow(TimeSpan.FromMilliseconds(800)));
        var watch = Stopwatch.StartNew();

        // When
        await session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "x" });
        await session.ReceiveRecordsAsync(queue, 1);

        // Then
        Assert.That(watch.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(780)));
    }

    [Test]
    public async Task RestartKeepsDataAndEndpointAndDeliversHeldEventsAfterwards()
    {
        // Given a store with a notified bucket holding an object
        await using var session = await StoreSession.StartAsync();
        var (bucket, queue) = await session.CreateNotifiedBucketAsync(["s3:ObjectCreated:*"]);
        await session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "before", ContentBody = "x" });
        await session.ReceiveRecordsAsync(queue, 1);
        var endpoint = session.Store.GetEndpoint();

        // When it restarts with 300 ms of downtime, and is written to again
        var restart = session.Store.RestartAsync(TimeSpan.FromMilliseconds(300));
        await Task.Delay(100);
        var refusedWhileDown = await RefusesAsync(endpoint);
        await restart;
        await session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "after", ContentBody = "y" });
        var records = await session.ReceiveRecordsAsync(queue, 1);

        // Then it refused connections while down, answers on the same endpoint, kept the object, and delivers again
        Assert.That(refusedWhileDown, Is.True);
        Assert.That(session.Store.GetEndpoint(), Is.EqualTo(endpoint));
        Assert.That((await session.S3.GetObjectMetadataAsync(bucket, "before")).ContentLength, Is.EqualTo(1));
        Assert.That(records.Single()["s3"]!["object"]!["key"]!.GetValue<string>(), Is.EqualTo("after"));
    }

    private static async Task<bool> RefusesAsync(Uri endpoint)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            await http.GetAsync(new Uri(endpoint, "_s3notify/health"));
            return false;
        }
        catch (HttpRequestException)
        {
            return true;
        }
    }
}
