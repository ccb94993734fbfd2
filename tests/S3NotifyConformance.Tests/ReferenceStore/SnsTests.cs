using Amazon.S3;
using Amazon.S3.Model;

namespace S3NotifyConformance.Tests.ReferenceStoreTests;

/// <summary>SNS Query protocol and S3 → SNS → SQS fan-out (SNS::test_object_created_put).</summary>
public sealed class SnsTests : StoreSessionFixture
{
    private static readonly System.Xml.Linq.XNamespace Ns = "http://sns.amazonaws.com/doc/2010-03-31/";
    [Test]
    public async Task PublishDeliversTheStandardEnvelopeToSubscribedQueues()
    {
        // Given
        var (topicArn, queueUrl, subscriptionArn) = await TopicWithQueueAsync();

        // When
        var (status, publish) = await Session.SnsAsync("Publish", ("TopicArn", topicArn), ("Message", "hello \"world\""), ("Subject", "greeting"));
        var envelope = (await Session.ReceiveBodiesAsync(queueUrl, 1))[0];

        // Then
        Assert.That(status, Is.EqualTo(200));
        Assert.That(envelope.Keys(), Is.EqualTo(new[] { "Type", "MessageId", "TopicArn", "Subject", "Message", "Timestamp", "SignatureVersion", "Signature", "SigningCertURL", "UnsubscribeURL" }));
        Assert.That(envelope.Text("Type"), Is.EqualTo("Notification"));
        Assert.That(envelope.Text("MessageId"), Is.EqualTo(publish.Descendants(Ns + "MessageId").Single().Value));
        Assert.That(envelope.Text("TopicArn"), Is.EqualTo(topicArn));
        Assert.That(envelope.Text("Message"), Is.EqualTo("hello \"world\""));
        Assert.That(envelope.Text("SignatureVersion"), Is.EqualTo("1"));
        Assert.That(envelope.Text("SigningCertURL"), Does.Contain("/SimpleNotificationService-"));
        Assert.That(envelope.Text("UnsubscribeURL"), Is.EqualTo($"{Session.Endpoint}/?Action=Unsubscribe&SubscriptionArn={subscriptionArn}"));
    }

    [Test]
    public async Task S3EventThroughATopicArrivesAsAnEnvelopeWithTheS3Subject()
    {
        // Given
        var (topicArn, queueUrl, _) = await TopicWithQueueAsync();
        var bucket = await Session.CreateBucketAsync();
        await Session.S3.PutBucketNotificationAsync(new PutBucketNotificationRequest { BucketName = bucket, TopicConfigurations = [new TopicConfiguration { Id = "topic-config", Topic = topicArn, Events = [EventType.ObjectCreatedAll] }] });
        var test = (await Session.ReceiveBodiesAsync(queueUrl, 1, includeTestEvents: true))[0];

        // When
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "via topic.txt", ContentBody = "something" });
        var envelope = (await Session.ReceiveBodiesAsync(queueUrl, 1))[0];
        var record = JsonNode.Parse(envelope.Text("Message")!)!["Records"]![0]!;

        // Then
        Assert.That(JsonNode.Parse(test.Text("Message")!)!.Text("Event"), Is.EqualTo("s3:TestEvent"));
        Assert.That(test.Text("Subject"), Is.EqualTo("Amazon S3 Notification"));
        Assert.That(envelope.Text("Subject"), Is.EqualTo("Amazon S3 Notification"));
        Assert.That(envelope.Has(string.Empty, "MessageAttributes"), Is.False);
        Assert.That(record.Text("eventName"), Is.EqualTo("ObjectCreated:Put"));
        Assert.That(record.Text("s3.configurationId"), Is.EqualTo("topic-config"));
        Assert.That(record.Text("s3.object.key"), Is.EqualTo("via+topic.txt"));
    }

    [Test]
    public async Task RawMessageDeliverySendsTheBareMessage()
    {
        // Given
        var (topicArn, queueUrl, subscriptionArn) = await TopicWithQueueAsync();
        await Session.SnsAsync("SetSubscriptionAttributes", ("SubscriptionArn", subscriptionArn), ("AttributeName", "RawMessageDelivery"), ("AttributeValue", "true"));

        // When
        await Session.SnsAsync("Publish", ("TopicArn", topicArn), ("Message", "{\"raw\":true}"));
        var body = (await Session.ReceiveBodiesAsync(queueUrl, 1))[0];

        // Then
        Assert.That(body.Text("raw"), Is.EqualTo("True"));
    }

    [Test]
    public async Task TopicsCanBeListedDescribedUnsubscribedAndDeleted()
    {
        // Given
        var (topicArn, _, subscriptionArn) = await TopicWithQueueAsync();

        // When
        var (_, listed) = await Session.SnsAsync("ListTopics");
        var (_, attributes) = await Session.SnsAsync("GetTopicAttributes", ("TopicArn", topicArn));
        var (_, subscriptions) = await Session.SnsAsync("ListSubscriptionsByTopic", ("TopicArn", topicArn));
        await Session.SnsAsync("Unsubscribe", ("SubscriptionArn", subscriptionArn));
        var (_, afterUnsubscribe) = await Session.SnsAsync("ListSubscriptionsByTopic", ("TopicArn", topicArn));
        await Session.SnsAsync("DeleteTopic", ("TopicArn", topicArn));
        var (status, missing) = await Session.SnsAsync("GetTopicAttributes", ("TopicArn", topicArn));

        // Then
        Assert.That(listed.Descendants(Ns + "TopicArn").Select(e => e.Value), Does.Contain(topicArn));
        Assert.That(attributes.Descendants(Ns + "entry").Any(e => e.Element(Ns + "key")!.Value == "TopicArn" && e.Element(Ns + "value")!.Value == topicArn), Is.True);
        Assert.That(subscriptions.Descendants(Ns + "SubscriptionArn").Select(e => e.Value), Is.EqualTo(new[] { subscriptionArn }));
        Assert.That(afterUnsubscribe.Descendants(Ns + "member"), Is.Empty);
        Assert.That(status, Is.EqualTo(404));
        Assert.That(missing.Root!.Name.LocalName, Is.EqualTo("ErrorResponse"));
        Assert.That(missing.Descendants(Ns + "Code").Single().Value, Is.EqualTo("NotFound"));
        Assert.That(missing.Descendants(Ns + "Type").Single().Value, Is.EqualTo("Sender"));
        Assert.That(missing.Descendants(Ns + "RequestId").Single().Value, Is.Not.Empty);
    }

    [Test]
    public async Task PublishedMessageAttributesAppearInTheEnvelope()
    {
        // Given
        var (topicArn, queueUrl, _) = await TopicWithQueueAsync();

        // When
        await Session.SnsAsync("Publish", ("TopicArn", topicArn), ("Message", "m"), ("MessageAttributes.entry.1.Name", "color"), ("MessageAttributes.entry.1.Value.DataType", "String"), ("MessageAttributes.entry.1.Value.StringValue", "blue"));
        var envelope = (await Session.ReceiveBodiesAsync(queueUrl, 1))[0];

        // Then
        Assert.That(envelope.Has(string.Empty, "Subject"), Is.False);
        Assert.That(envelope.Text("MessageAttributes.color.Type"), Is.EqualTo("String"));
        Assert.That(envelope.Text("MessageAttributes.color.Value"), Is.EqualTo("blue"));
    }

    private async Task<(string TopicArn, string QueueUrl, string SubscriptionArn)> TopicWithQueueAsync()
    {
        var (_, created) = await Session.SnsAsync("CreateTopic", ("Name", StoreSession.NewName("topic")), ("Attributes.entry.1.key", "DisplayName"), ("Attributes.entry.1.value", "test"));
        var topicArn = created.Descendants(Ns + "TopicArn").Single().Value;
        Assert.That(created.Descendants(Ns + "RequestId").Single().Value, Is.Not.Empty);
        await Session.SnsAsync("SetTopicAttributes", ("TopicArn", topicArn), ("AttributeName", "Policy"), ("AttributeValue", Session.S3MayPublish("SNS:Publish", topicArn)));
        var (queueUrl, queueArn) = await Session.CreateQueueAsync();
        var (_, subscribed) = await Session.SnsAsync("Subscribe", ("TopicArn", topicArn), ("Protocol", "sqs"), ("Endpoint", queueArn));
        return (topicArn, queueUrl, subscribed.Descendants(Ns + "SubscriptionArn").Single().Value);
    }
}
