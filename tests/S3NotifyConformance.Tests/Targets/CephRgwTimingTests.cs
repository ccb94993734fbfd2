using Amazon.Runtime;
using S3NotifyConformance.Targets;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Targets;

/// <summary>RGW's persistent topics deliver a fresh topic's first event 15–30 s late: a target asking for them waits long enough.</summary>
public sealed class CephRgwTimingTests
{
    [TestCase("true", 40)]
    [TestCase("TRUE", 40)]
    [TestCase("false", 8)]
    public void PersistentTopicsRaiseTheDeliveryDeadlineToFortySecondsAndSyncTopicsKeepTheFiles(string persistent, int expectedSeconds)
    {
        // Given the committed AMQP target file (deadline 8 s) with the topics' persistent attribute set
        var declaration = TargetDeclaration.Load(Path.Combine(Repository.Paths.Targets, "ceph-rgw-amqp.yaml"), TargetTimings.Remote);
        declaration = declaration with { Amqp = declaration.Amqp! with { TopicAttributes = declaration.Amqp.TopicAttributes.SetItem("persistent", persistent) } };
        var endpoint = new Uri("http://127.0.0.1:1");
        var connection = declaration.Connect("ceph-rgw-amqp", "ceph-rgw", new TargetEndpoints(endpoint, null, endpoint), "default", new AnonymousAWSCredentials(), DeliveryPath.Amqp);

        // When
        var timed = CephRgwTarget.WithPersistentDeadline(connection);

        // Then
        Assert.That(timed.Timings.DeliveryDeadline, Is.EqualTo(TimeSpan.FromSeconds(expectedSeconds)));
        Assert.That(timed.Timings.SettleWindow, Is.EqualTo(connection.Timings.SettleWindow));
    }

    [Test]
    public void AnHttpPushTargetReadsPersistentFromItsWebhookTopicAttributes()
    {
        // Given the committed HTTP push file with persistent topics
        var declaration = TargetDeclaration.Load(Path.Combine(Repository.Paths.Targets, "ceph-rgw.yaml"), TargetTimings.Remote);
        declaration = declaration with { Webhook = declaration.Webhook! with { TopicAttributes = declaration.Webhook.TopicAttributes.SetItem("persistent", "true") } };
        var endpoint = new Uri("http://127.0.0.1:1");
        var connection = declaration.Connect("ceph-rgw", "ceph-rgw", new TargetEndpoints(endpoint, null, endpoint), "default", new AnonymousAWSCredentials(), DeliveryPath.HttpPush);

        // When / Then
        Assert.That(CephRgwTarget.WithPersistentDeadline(connection).Timings.DeliveryDeadline, Is.EqualTo(CephRgwTarget.PersistentDeliveryDeadline));
    }
}
