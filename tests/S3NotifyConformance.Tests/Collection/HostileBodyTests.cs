using S3NotifyConformance.Collection;
using S3NotifyConformance.Judging;
using S3NotifyConformance.Judging.Rules;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Collection;

/// <summary>Every body a store sends is evidence: what cannot be read becomes an event with its problem (a delivery.readable
/// finding), never an exception, on the conformance parser, the load digest and the ledger alike.</summary>
public sealed class HostileBodyTests
{
    private static readonly string Valid = new JsonObject { ["Records"] = new JsonArray(Fakes.Record("ObjectCreated:Put", "a")) }.ToJsonString();

    private static string Sns(string message) =>
        new JsonObject { ["Type"] = "Notification", ["MessageId"] = "m", ["TopicArn"] = "arn:t", ["Message"] = message }.ToJsonString();

    private static IEnumerable<TestCaseData> Unreadable()
    {
        yield return new TestCaseData("""{"Records":[{"eventName":"ObjectCreated:Put"}],"Records":[]}""", "has a name twice in one object").SetName("DuplicateRecords");
        yield return new TestCaseData("""{"Records":[{"s3":{"object":{"key":"a","key":"b"}}}]}""", "'key'").SetName("DuplicateNestedName");
        yield return new TestCaseData("""{"Records":[{"s3":{"object":{"key":"load/m/\ud800"}}}]}""", "escaped unpaired surrogate (\\uD800-\\uDFFF) in the string at $.Records[0].s3.object.key").SetName("EscapedLoneHighSurrogate");
        yield return new TestCaseData("""{"Records":[{"\udc00":"x"}]}""", "escaped unpaired surrogate").SetName("EscapedLoneSurrogateInAName");
        yield return new TestCaseData("{\"Records\":[{\"k\":\"a\ud800b\"}]}", "unpaired UTF-16 surrogate").SetName("RawLoneSurrogate");
        yield return new TestCaseData(new string('[', 10_000) + new string(']', 10_000), "maximum configured depth of 64").SetName("TenThousandLevels");
        yield return new TestCaseData("{\"Records\":[{\"eventName\":\"ObjectCreated:Put\",\"s3\":{\"object\":{\"key\":\"a\"", "is not JSON").SetName("Truncated");
        yield return new TestCaseData("\u0000\u0001\uFFFD garbage", "is not JSON").SetName("Garbage");
        yield return new TestCaseData("[1,2]", "is not a JSON object (it is an array)").SetName("NotAnObject");
        yield return new TestCaseData("""{"Records":{}}""", "no Records array").SetName("RecordsAnObject");
        yield return new TestCaseData("""{"Records":[{"s3":"bucket"}]}""", "Records[0] has s3 as a string, where AWS sends an object").SetName("S3AString");
        yield return new TestCaseData("""{"Records":[{"s3":{"bucket":[1]}}]}""", "has s3.bucket as an array").SetName("BucketAnArray");
        yield return new TestCaseData("""{"Records":[{"s3":{"object":{"key":42}}}]}""", "has s3.object.key as a number, where AWS sends a string").SetName("KeyANumber");
        yield return new TestCaseData("""{"Records":[{"eventName":{"a":1}}]}""", "has eventName as an object").SetName("EventNameAnObject");
        yield return new TestCaseData("""{"Records":[{"responseElements":"x"}]}""", "has responseElements as a string").SetName("ResponseElementsAString");
        // Several wrong kinds in one record: the first in the listed order is named (containers before texts, each list in order).
        yield return new TestCaseData("""{"Records":[{"eventName":1,"s3":{"object":{"key":42}},"userIdentity":[]}]}""", "Records[0] has userIdentity as an array, where AWS sends an object").SetName("FirstContainerOfSeveral");
        yield return new TestCaseData("""{"Records":[{"s3":{"object":{"key":42},"bucket":{"name":7}},"eventVersion":true}]}""", "Records[0] has eventVersion as a boolean, where AWS sends a string").SetName("FirstTextOfSeveral");
        yield return new TestCaseData("""{"Records":[{"s3":{"object":{"key":42},"bucket":{"name":7}}}]}""", "Records[0] has s3.bucket.name as a number, where AWS sends a string").SetName("NestedTextsInListedOrder");
        yield return new TestCaseData("""{"Records":[{"s3":{"object":null,"bucket":"x"}}]}""", "Records[0] has s3.bucket as a string, where AWS sends an object").SetName("NullObjectPassesWrongBucketDoesNot");
        yield return new TestCaseData("""{"detail-type":"Object Created","detail":{"object":{"key":5},"bucket":"b"}}""", "EventBridge event has detail.bucket as a string, where AWS sends an object").SetName("EventBridgeFirstContainer");
        yield return new TestCaseData(Sns("""{"Records":[],"Records":[]}"""), "SNS Message has a name twice").SetName("SnsMessageWithADuplicate");
        yield return new TestCaseData(Sns("""{"Records":[{"s3":{"object":{"key":"\ud800"}}}]}"""), "SNS Message holds an escaped unpaired surrogate").SetName("SnsMessageWithASurrogate");
        yield return new TestCaseData("""{"Type":"Notification","Message":{"Records":[]}}""", "SNS Message is not a JSON string (it is an object)").SetName("SnsMessageAnObject");
    }

    [TestCaseSource(nameof(Unreadable))]
    public void AnUnreadableBodyIsOneEventWithItsProblem(string body, string problem)
    {
        // When
        var parsed = NotificationMessageParser.Parse(body, "sqs");

        // Then
        Assert.That(parsed.Select(p => p.Problem), Has.Some.Contains(problem));
        Assert.That(parsed.Where(p => p.Problem is not null).Select(p => p.Record), Is.All.Null);
    }

    [TestCaseSource(nameof(Unreadable))]
    public void TheLoadDigestCountsTheSameBodyAsAProblem(string body, string problem) =>
        Assert.That(EventDigestParser.Parse(body).Problems, Has.Some.Contains(problem));

    [TestCaseSource(nameof(Unreadable))]
    public void TheLedgerKeepsItAndEveryAccessorOfTheEventIsSafe(string body, string problem)
    {
        // Given
        var ledger = new EventLedger();

        // When
        ledger.Accept([new DeliveredMessage("sqs-1", "sqs", "m1", body, 1, DateTimeOffset.UnixEpoch, null, 1)]);

        // Then every field judging reads can be read, and the raw body is kept
        var e = ledger.Snapshot().First(e => e.Problem is not null);
        Assert.That(() => (e.Key, e.EventName, e.VersionId, e.ETag, e.Sequencer, e.ConfigurationId, e.Bucket, e.RequestId, e.DuplicateIdentity), Throws.Nothing);
        Assert.That(e.RawBody, Is.EqualTo(body));
    }

    [Test]
    public void AMixedBodyKeepsItsReadableRecordAndNamesTheBadOne()
    {
        var body = """{"Records":[{"eventName":"ObjectCreated:Put","s3":{"object":{"key":"good"}}},{"s3":{"object":"bad"}}]}""";
        var parsed = NotificationMessageParser.Parse(body, "sqs");
        Assert.That(parsed.Select(p => ((string?)p.Record?["s3"]?["object"]?["key"], p.Problem, p.RecordIndex)),
            Is.EqualTo(new (string?, string?, int)[] { ("good", null, 0), (null, "Records[1] has s3.object as a string, where AWS sends an object", 1) }));
        var digests = EventDigestParser.Parse(body);
        Assert.That((digests.Records.Single().EncodedKey, digests.Problems.Single()), Is.EqualTo(("good", "Records[1] has s3.object as a string, where AWS sends an object")));
    }

    [Test]
    public void AMegabyteKeyIsARecordNotAProblem()
    {
        var key = new string('k', 1 << 20);
        var parsed = NotificationMessageParser.Parse(new JsonObject { ["Records"] = new JsonArray(Fakes.Record("ObjectCreated:Put", key)) }.ToJsonString(), "sqs").Single();
        Assert.That((parsed.Problem, parsed.Record?["s3"]?["object"]?["key"]?.GetValue<string>().Length), Is.EqualTo(((string?)null, 1 << 20)));
    }

    [Test]
    public void AValidBodyAndATestEventHaveNoProblem()
    {
        Assert.That(NotificationMessageParser.Parse(Valid, "sqs").Single().Problem, Is.Null);
        Assert.That(NotificationMessageParser.Parse(Sns(Valid), "sqs").Single().Channel, Is.EqualTo("sns"));
        var testEvent = EventDigestParser.Parse("""{"Service":"Amazon S3","Event":"s3:TestEvent","Bucket":"b"}""");
        Assert.That((testEvent.IsTestEvent, testEvent.Problems.Count, testEvent.Records.Count), Is.EqualTo((true, 0, 0)));
    }

    [Test]
    public void TheFindingShowsAShortEscapedExcerptNotTheBody()
    {
        // Given a megabyte body with a raw control character (not JSON)
        var body = "{\"Records\":[],\"x\":\"\u0007" + new string('z', 1 << 20) + "\"}";
        var ledger = new EventLedger();
        ledger.Accept([new DeliveredMessage("sqs-1", "sqs", "m1", body, 1, DateTimeOffset.UnixEpoch, null, 1)]);
        var evidence = Fakes.Evidence([], ledger.Snapshot());

        // When
        var finding = new CollectionProblemRule().Judge(JudgingContext.From(evidence)).Single();

        // Then
        Assert.That(finding.Rule, Is.EqualTo("delivery.readable"));
        Assert.That(finding.Actual, Does.StartWith("body is not JSON: '0x07' is invalid within a JSON string"));
        Assert.That(finding.RawEvent!.Length, Is.LessThan(300));
        Assert.That(finding.RawEvent, Does.StartWith("""{"Records":[],"x":"\u0007zzz""").And.EndWith($"({body.Length:N0} characters)"));
    }

    [TestCase("a\u0000b", "a\\u0000b")]
    [TestCase("pair \ud83d\ude00 ok", "pair \ud83d\ude00 ok")]
    [TestCase("rtl \u202e", "rtl \\u202E")]
    public void AnExcerptEscapesWhatWouldCorruptAReport(string text, string expected) => Assert.That(BodyExcerpt.Escape(text), Is.EqualTo(expected));

    [Test]
    public void AnExcerptEscapesALoneSurrogate() => Assert.That(BodyExcerpt.Escape("x" + (char)0xD800 + "y"), Is.EqualTo("x\\uD800y"));

    [Test]
    public void AnExcerptNeverSplitsASurrogatePair()
    {
        var text = new string('a', BodyExcerpt.DefaultLength - 1) + "\ud83d\ude00" + "tail";
        Assert.That(BodyExcerpt.Of(text), Does.StartWith(new string('a', BodyExcerpt.DefaultLength - 1) + "…").And.Not.Contain("\\u"));
    }
}
