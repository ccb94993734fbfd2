using Amazon.Runtime;
using S3NotifyConformance.Running;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Tests.Running;

/// <summary>Load runs against push and AMQP targets: topic attributes from the command line over the target file's.</summary>
public sealed class LoadTopicAttributesTests
{
    private static readonly ImmutableSortedDictionary<string, string> Persistent =
        new Dictionary<string, string> { ["persistent"] = "true" }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    private static TargetConnection Connection(DeliveryPath path, WebhookSettings? webhook = null, AmqpSettings? amqp = null) => new(
        "t", "ceph-rgw", new TargetEndpoints(new Uri("http://127.0.0.1:1/"), new Uri("http://127.0.0.1:1/"), null), "default",
        new BasicAWSCredentials("a", "b"), [], TargetTimings.Remote, path, Webhook: webhook, Amqp: amqp);

    [Test]
    public void PersistentFromTheCommandLineOverridesTheTargetFilesPushTopicAttribute()
    {
        // Given a push target whose file creates sync topics
        var file = WebhookSettings.Loopback with
        {
            TopicAttributes = new Dictionary<string, string> { ["persistent"] = "false", ["verify-ssl"] = "false" }.ToImmutableSortedDictionary(StringComparer.Ordinal),
        };

        // When the load run asks for persistent topics
        var connection = LoadRunner.WithTopicAttributes(Connection(DeliveryPath.HttpPush, webhook: file), Persistent);

        // Then the topics are persistent, and the file's other attributes stay
        Assert.That(connection.Webhook!.TopicAttributes, Is.EqualTo(new Dictionary<string, string> { ["persistent"] = "true", ["verify-ssl"] = "false" }));
    }

    [Test]
    public void PersistentReachesAnAmqpTargetsTopics()
    {
        // Given an AMQP target with no topic attributes in its file
        var connection = Connection(DeliveryPath.Amqp, amqp: AmqpSettings.Launched);

        // When
        var changed = LoadRunner.WithTopicAttributes(connection, Persistent);

        // Then the AMQP topics get it, with the file's ack level
        Assert.That(changed.Amqp!.TopicAttributes["persistent"], Is.EqualTo("true"));
        Assert.That(changed.Amqp.AckLevel, Is.EqualTo("broker"));
    }

    [Test]
    public void TopicAttributesOnAnSqsTargetAreRefused()
    {
        // Given a target that delivers to SQS queues, When topic attributes are asked for, Then the run refuses before creating anything
        Assert.Throws<TargetSetupException>(() => LoadRunner.WithTopicAttributes(Connection(DeliveryPath.SqsQueues), Persistent));
    }
}
