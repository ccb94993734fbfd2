using Amazon.S3.Model;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Tests.ReferenceStoreTests;

/// <summary>EventBridgeConfiguration on the embedded store: accepted alone and beside other configurations, read back, and
/// every event of the bucket put on the default bus, from where rules (EventBridge's JSON protocol, through the harness's
/// own client) route it to SQS (EB::test_object_created_put; "Using EventBridge").</summary>
public sealed class EventBridgeTests : StoreSessionFixture
{
    private EventBridgeJsonClient Events => new(new Uri(Session.Endpoint), "us-east-1", Session.Credentials);

    private async Task<(string Bucket, string QueueUrl, string Rule)> RoutedBucketAsync(bool withQueueConfiguration = false)
    {
        var bucket = await Session.CreateBucketAsync();
        var (eventQueue, eventQueueArn) = await Session.CreateQueueAsync();
        var request = new PutBucketNotificationRequest { BucketName = bucket, EventBridgeConfiguration = new EventBridgeConfiguration() };
        if (withQueueConfiguration)
        {
            var (_, arn) = await Session.CreateQueueAsync();
            request.QueueConfigurations = [new QueueConfiguration { Id = "q", Queue = arn, Events = [Amazon.S3.EventType.ObjectCreatedAll] }];
        }

        await Session.S3.PutBucketNotificationAsync(request);
        var rule = StoreSession.NewName("rule");
        var pattern = new JsonObject { ["source"] = new JsonArray("aws.s3"), ["detail"] = new JsonObject { ["bucket"] = new JsonObject { ["name"] = new JsonArray(bucket) } } };
        await Events.PutRuleAsync(rule, pattern, "test", CancellationToken.None);
        await Events.PutTargetAsync(rule, "queue", eventQueueArn, CancellationToken.None);
        return (bucket, eventQueue, rule);
    }

    [Test]
    public async Task TheConfigurationIsReadBackAloneAndBesideAQueueConfiguration()
    {
        // Given a bucket with EventBridge alone, and one with EventBridge beside a queue configuration
        var (alone, _, _) = await RoutedBucketAsync();
        var (beside, _, _) = await RoutedBucketAsync(withQueueConfiguration: true);

        // When both are read back
        var first = await Session.S3.GetBucketNotificationAsync(alone);
        var second = await Session.S3.GetBucketNotificationAsync(beside);

        // Then both have EventBridge on, the second its queue configuration too
        Assert.That(first.EventBridgeConfiguration, Is.Not.Null);
        Assert.That(second.EventBridgeConfiguration, Is.Not.Null);
        Assert.That(second.QueueConfigurations?.Select(q => q.Id), Is.EqualTo(new[] { "q" }));
    }

    [Test]
    public async Task ARuleRoutesTheBucketsEventsToItsQueueInTheRecordedEnvelope()
    {
        // Given a bucket whose events a rule routes to a queue
        var (bucket, queue, _) = await RoutedBucketAsync();

        // When an object is put and deleted
        var put = await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "red flower.jpg", ContentBody = "data" });
        await Session.S3.DeleteObjectAsync(bucket, "red flower.jpg");
        var events = await Session.ReceiveBodiesAsync(queue, 2);

        // Then the queue holds "Object Created" and "Object Deleted" as EB::test_object_created_put recorded them
        var created = events.Single(e => (string?)e["detail-type"] == "Object Created");
        Assert.That(created.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "version", "id", "detail-type", "source", "account", "time", "region", "resources", "detail" }));
        Assert.That((string?)created["source"], Is.EqualTo("aws.s3"));
        Assert.That((string?)created["time"], Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$"));
        Assert.That((string?)created["resources"]![0], Is.EqualTo($"arn:aws:s3:::{bucket}"));
        Assert.That(created["detail"]!["object"]!.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "key", "size", "etag", "sequencer" }));
        Assert.That((string?)created["detail"]!["object"]!["key"], Is.EqualTo("red flower.jpg"));
        Assert.That((string?)created["detail"]!["request-id"], Is.EqualTo(put.ResponseMetadata.RequestId));
        Assert.That((string?)created["detail"]!["reason"], Is.EqualTo("PutObject"));
        var deleted = events.Single(e => (string?)e["detail-type"] == "Object Deleted");
        Assert.That(deleted["detail"]!["object"]!.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "key", "sequencer" }));
        Assert.That((string?)deleted["detail"]!["deletion-type"], Is.EqualTo("Permanently Deleted"));
    }

    [Test]
    public async Task ARuleForAnotherBucketReceivesNothing()
    {
        // Given a rule for one bucket, and another bucket with EventBridge on
        var (_, queue, _) = await RoutedBucketAsync();
        var other = await Session.CreateBucketAsync();
        await Session.S3.PutBucketNotificationAsync(new PutBucketNotificationRequest { BucketName = other, EventBridgeConfiguration = new EventBridgeConfiguration() });

        // When the other bucket gets an object
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = other, Key = "k", ContentBody = "x" });

        // Then the rule's queue stays empty (the delivery pipeline hands events over within milliseconds here)
        var received = await Session.Sqs.ReceiveMessageAsync(new Amazon.SQS.Model.ReceiveMessageRequest { QueueUrl = queue, WaitTimeSeconds = 1 });
        Assert.That(received.Messages ?? [], Is.Empty);
    }

    [Test]
    public async Task ARuleWithTargetsIsNotDeletedAndGoesOnceItsTargetsAreRemoved()
    {
        // Given a rule with a target
        var (_, _, rule) = await RoutedBucketAsync();

        // When it is deleted with its target, then after RemoveTargets
        var refused = await Assert.ThrowsAsync<EventBridgeException>(() => Events.DeleteRuleAsync(rule, CancellationToken.None));
        await Events.RemoveTargetsAsync(rule, await Events.ListTargetIdsAsync(rule, CancellationToken.None), CancellationToken.None);
        await Events.DeleteRuleAsync(rule, CancellationToken.None);

        // Then the first is refused, the second removes it
        Assert.That(refused!.Code, Is.EqualTo("ValidationException"));
        Assert.That(await Events.ListRuleNamesAsync(rule, CancellationToken.None), Is.Empty);
        var missing = await Assert.ThrowsAsync<EventBridgeException>(() => Events.ListTargetIdsAsync(rule, CancellationToken.None));
        Assert.That(missing!.Code, Is.EqualTo("ResourceNotFoundException"));
    }
}
