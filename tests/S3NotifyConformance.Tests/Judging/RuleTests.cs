using S3NotifyConformance.Actions;
using S3NotifyConformance.Judging;
using S3NotifyConformance.Judging.Rules;
using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Tests.Support;
using static S3NotifyConformance.Tests.Support.Fakes;

namespace S3NotifyConformance.Tests.Judging;

public sealed class RuleTests
{
    private static JudgingContext RecordedPut(Func<JsonObject, JsonObject>? alter = null)
    {
        // The two records AWS sent for SQS::test_object_created_put: bodies "something" (9 bytes) and 14 bytes.
        var records = AwsRecordedRecords.Of("test_s3_notifications_sqs.snapshot.json", "test_object_created_put", "receive_messages", Bucket, [], []);
        var writes = new[]
        {
            Configure(Config("s3:ObjectCreated:Put")),
            Write("PutObject", "my_key_0", 1, etag: "437b930db84b8079c2dd804a71936b5f") with { RequestId = null },
            Write("PutObject", "my_key_1", 2, etag: "6c7ba9c5a141421e1c03cb9807c97c74") with { RequestId = null, Size = 14 },
        };
        var events = records.Select((r, i) => Observed(alter is null ? r : alter(r), i + 1));
        return JudgingContext.From(Evidence(writes, events));
    }

    [Test]
    public void AwsRecordedRecordsPassEveryRule()
    {
        var findings = CompositeRule.Default.Judge(RecordedPut()).ToList();
        Assert.That(findings, Is.Empty, string.Join("\n", findings));
    }

    [TestCase("eventSource", "minio:s3", "record.shape")]
    [TestCase("eventVersion", "1.0", "record.event-version")]
    [TestCase("eventTime", "2025-01-21T23:21:10Z", "record.shape")]
    [TestCase("awsRegion", "eu-west-1", "record.shape")]
    public void AlteringARecordedFieldIsAFindingNamingIt(string field, string value, string rule)
    {
        var findings = CompositeRule.Default.Judge(RecordedPut(r => { r[field] = value; return r; })).ToList();
        Assert.That(findings.Select(f => f.Rule), Has.Some.EqualTo(rule));
        Assert.That(findings.Where(f => f.Rule == rule).Select(f => f.Actual), Has.Some.EqualTo(value));
    }

    [Test]
    public void ASizeOnADeleteRecordIsAFinding()
    {
        var writes = new[] { Configure(Config("s3:ObjectRemoved:*")), Write("DeleteObject", "k", 1, etag: null) };
        var record = Record("ObjectRemoved:Delete", "k", etag: null, size: 5);
        var findings = new RecordShapeRule().Judge(JudgingContext.From(Evidence(writes, [Observed(record)]))).ToList();
        Assert.That(findings.Single().Subject, Does.EndWith("s3.object.size"));
        Assert.That((findings.Single().Expected, findings.Single().Actual), Is.EqualTo(("(absent)", "5")));
    }

    [Test]
    public void APercentEncodedSpaceIsAKeyEncodingFinding()
    {
        var writes = new[] { Configure(Config("s3:ObjectCreated:*")), Write("PutObject", "my test.pdf", 1) };
        var record = Record("ObjectCreated:Put", "my test.pdf");
        record["s3"]!["object"]!["key"] = "my%20test.pdf";
        var finding = new KeyEncodingRule().Judge(JudgingContext.From(Evidence(writes, [Observed(record)]))).Single();
        Assert.That((finding.Expected, finding.Actual), Is.EqualTo(("my+test.pdf", "my%20test.pdf")));
    }

    [Test]
    public void TaggingRecordsNeedEventVersionTwoPointThree()
    {
        var writes = new[] { Configure(Config("s3:ObjectTagging:*")), Write("PutObjectTagging", "k", 1) };
        var record = Record("ObjectTagging:Put", "k", size: null, eventVersion: "2.1");
        (record["s3"]!["object"] as JsonObject)!.Remove("sequencer");
        var finding = new EventVersionRule().Judge(JudgingContext.From(Evidence(writes, [Observed(record)]))).Single();
        Assert.That(finding.Expected, Does.StartWith("2.3"));
    }

    [TestCase("0055AED6DCD90281E5", "0055AED6DCD90281E6", -1)]
    [TestCase("5F", "5F0", 0)]
    [TestCase("5F1", "5F", 1)]
    [TestCase("a0", "A1", -1)]
    public void SequencersCompareRightPaddedWithZeros(string a, string b, int sign) =>
        Assert.That(Math.Sign(SequencerOrderRule.Compare(a, b)), Is.EqualTo(sign));

    [Test]
    public void ALaterWriteWithASmallerSequencerIsAnOrderViolation()
    {
        var writes = new[] { Configure(Config("s3:ObjectCreated:*")), Write("PutObject", "k", 1, etag: "e1"), Write("PutObject", "k", 2, etag: "e2") };
        var events = new[] { Observed(Record("ObjectCreated:Put", "k", etag: "e1", sequencer: "0B"), 1), Observed(Record("ObjectCreated:Put", "k", etag: "e2", sequencer: "0A"), 2) };
        var finding = new SequencerOrderRule().Judge(JudgingContext.From(Evidence(writes, events))).Single();
        Assert.That(finding.Actual, Is.EqualTo("0A"));
    }

    [Test]
    public void AnEventForAKeyOutsideTheFilterIsUnexpectedWithTheReason()
    {
        var writes = new[] { Configure(Config("s3:ObjectCreated:*", prefix: "images/")), Write("PutObject", "docs/a.pdf", 1) };
        var finding = new NoUnexpectedEventRule().Judge(JudgingContext.From(Evidence(writes, [Observed(Record("ObjectCreated:Put", "docs/a.pdf"))]))).Single();
        Assert.That(finding.Expected, Does.Contain("does not start with prefix 'images/'"));
    }

    [Test]
    public void AnErrorWithWrongArgumentsNamesEachField()
    {
        var scenario = Scenario() with
        {
            Steps = [new PutNotificationStep(NotificationSpec.Empty) { ExpectError = new ExpectedError("InvalidArgument", "The ARN could not be parsed", 400,
                ImmutableSortedDictionary<string, string>.Empty.Add("ArgumentName", "Queue").Add("ArgumentValue", "invalid-queue")) }],
        };
        var actual = new ApiOutcome(false, 400, "InvalidArgument", "The ARN could not be parsed",
            ImmutableSortedDictionary<string, string>.Empty.Add("ArgumentName", "QueueArn").Add("ArgumentValue", "invalid-queue"));
        var write = Write("PutBucketNotificationConfiguration", null, 1, etag: null) with { Outcome = actual };
        var finding = new ApiOutcomeRule().Judge(JudgingContext.From(Evidence([write], [], scenario))).Single();
        Assert.That((finding.Subject, finding.Expected, finding.Actual), Is.EqualTo(("step 1 PutBucketNotificationConfiguration error ArgumentName", "Queue", "QueueArn")));
    }

    [Test]
    public void AnotherErrorWithItsOwnStatusIsOneDifferenceAndAWrongStatusAloneIsItsOwn()
    {
        var scenario = Scenario() with
        {
            Steps = [new PutNotificationStep(NotificationSpec.Empty) { ExpectError = new ExpectedError("InvalidArgument", null, 400, ImmutableSortedDictionary<string, string>.Empty) }],
        };
        ImmutableArray<Finding> Judge(ApiOutcome actual) =>
            [.. new ApiOutcomeRule().Judge(JudgingContext.From(Evidence([Write("PutBucketNotificationConfiguration", null, 1, etag: null) with { Outcome = actual }], [], scenario)))];

        // Another error answered with its own status (RGW: 404 NoSuchKey for a topic that does not exist): one finding
        var other = Judge(new ApiOutcome(false, 404, "NoSuchKey", null, ImmutableSortedDictionary<string, string>.Empty));
        Assert.That(other.Select(f => (f.Subject, f.Expected, f.Actual)),
            Is.EqualTo(new[] { ("step 1 PutBucketNotificationConfiguration error code", "InvalidArgument (HTTP 400)", "NoSuchKey (HTTP 404)") }));

        // Another error with AWS's status: the code alone, as before; AWS's error with another status: the status alone
        Assert.That(Judge(new ApiOutcome(false, 400, "MalformedXML", null, ImmutableSortedDictionary<string, string>.Empty)).Select(f => (f.Expected, f.Actual)),
            Is.EqualTo(new[] { ("InvalidArgument", "MalformedXML") }));
        Assert.That(Judge(new ApiOutcome(false, 409, "InvalidArgument", null, ImmutableSortedDictionary<string, string>.Empty)).Select(f => (f.Subject, f.Expected, f.Actual)),
            Is.EqualTo(new[] { ("step 1 PutBucketNotificationConfiguration HTTP status", "400", "409") }));
    }
}

public sealed class EventVersionPolicyTests
{
    [TestCase("ObjectCreated:Put", 1)]
    [TestCase("ObjectTagging:Delete", 3)]
    [TestCase("ObjectAcl:Put", 3)]
    [TestCase("Replication:OperationFailedReplication", 2)]
    [TestCase("LifecycleExpiration:Delete", 3)]
    public void AwsPolicyUsesTheRecordedMinimumPerType(string eventName, int minor) =>
        Assert.That(S3NotifyConformance.Judging.EventVersionPolicy.Aws.MinimumMinor(eventName), Is.EqualTo(minor));

    [Test]
    public void ATargetFloorReplacesEveryTypesMinimum()
    {
        var policy = S3NotifyConformance.Judging.EventVersionPolicy.Aws.With(2, 4);
        Assert.That((policy.MinimumMinor("ObjectCreated:Put"), policy.MinimumMinor("ObjectAcl:Put")), Is.EqualTo((4, 4)));
    }
}
