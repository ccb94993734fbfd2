using S3NotifyConformance.Collection;

namespace S3NotifyConformance.Tests.Collection;

public sealed class NotificationMessageParserTests
{
    [Test]
    public void SplitsRecordsOfADirectQueueMessage()
    {
        var parsed = NotificationMessageParser.Parse("""{"Records":[{"eventName":"ObjectCreated:Put"},{"eventName":"ObjectCreated:Copy"}]}""", "sqs");
        Assert.That(parsed.Select(p => ((string?)p.Record?["eventName"], p.RecordIndex, p.Channel)),
            Is.EqualTo(new[] { ("ObjectCreated:Put", 0, "sqs"), ("ObjectCreated:Copy", 1, "sqs") }));
    }

    [Test]
    public void UnwrapsAnSnsEnvelopeAndKeepsItWithoutTheMessage()
    {
        var inner = """{"Records":[{"eventName":"ObjectCreated:Put"}]}""";
        var body = new JsonObject { ["Type"] = "Notification", ["TopicArn"] = "arn:t", ["Subject"] = "Amazon S3 Notification", ["Message"] = inner }.ToJsonString();
        var parsed = NotificationMessageParser.Parse(body, "sqs").Single();
        Assert.That(parsed.Channel, Is.EqualTo("sns"));
        Assert.That((string?)parsed.Record?["eventName"], Is.EqualTo("ObjectCreated:Put"));
        Assert.That(parsed.Envelope!.ContainsKey("Message"), Is.False);
        Assert.That((string?)parsed.Envelope["TopicArn"], Is.EqualTo("arn:t"));
    }

    [Test]
    public void RecognisesTheTestEvent()
    {
        var parsed = NotificationMessageParser.Parse("""{"Service":"Amazon S3","Event":"s3:TestEvent","Time":"2026-01-01T00:00:00.000Z","Bucket":"b"}""", "sqs").Single();
        Assert.That(parsed.TestEvent, Is.Not.Null);
        Assert.That(parsed.Record, Is.Null);
    }

    [TestCase("not json", "body is not JSON")]
    [TestCase("""{"Records":[]}""", "Records is empty")]
    [TestCase("""{"Something":"else"}""", "no Records array")]
    [TestCase("""{"Records":[42]}""", "Records[0] is not an object")]
    public void KeepsAnUnreadableMessageWithItsProblemInsteadOfDroppingIt(string body, string problem)
    {
        var parsed = NotificationMessageParser.Parse(body, "sqs").Single();
        Assert.That(parsed.Problem, Does.Contain(problem));
    }
}
