using S3NotifyConformance.ReferenceStore.Hosting;
using S3NotifyConformance.ReferenceStore.Notifications;

namespace S3NotifyConformance.Tests.ReferenceStoreTests;

public sealed class NotificationUnitTests
{
    [TestCase("a@b", "a%40b")]
    [TestCase("testupload/dir1/testfile.txt", "testupload/dir1/testfile.txt")]
    [TestCase("my_key-0.txt", "my_key-0.txt")]
    [TestCase("my test.pdf", "my+test.pdf")]
    [TestCase("a+b", "a%2Bb")]
    [TestCase("100%", "100%25")]
    [TestCase("café", "caf%C3%A9")]
    [TestCase("x~y*z", "x~y%2Az")]
    public void RecordKeysAreFormEncodedWithSlashKept(string raw, string encoded) =>
        Assert.That(RecordKeyEncoder.Encode(raw), Is.EqualTo(encoded));

    [TestCase("s3:ObjectCreated:*", "ObjectCreated:Put", true)]
    [TestCase("s3:ObjectCreated:*", "ObjectCreated:CompleteMultipartUpload", true)]
    [TestCase("s3:ObjectCreated:Put", "ObjectCreated:Put", true)]
    [TestCase("s3:ObjectCreated:Copy", "ObjectCreated:Put", false)]
    [TestCase("s3:ObjectRemoved:*", "ObjectRemoved:DeleteMarkerCreated", true)]
    [TestCase("s3:ObjectRemoved:*", "ObjectCreated:Put", false)]
    [TestCase("s3:LifecycleExpiration:*", "LifecycleExpiration:Delete", true)]
    [TestCase("s3:Replication:*", "Replication:OperationFailedReplication", true)]
    [TestCase("s3:ObjectRestore:*", "ObjectRestore:Delete", true)]
    [TestCase("s3:LifecycleTransition", "LifecycleTransition", true)]
    [TestCase("s3:ObjectCreated:*", "ObjectCreatedX:Put", false)]
    public void EventNamesMatchExactlyOrByCategoryWildcard(string configured, string emitted, bool expected) =>
        Assert.That(EventNames.Matches(configured, emitted), Is.EqualTo(expected));

    [Test]
    public void ThereAreTwentySevenConfigurableEventNames() =>
        Assert.That(EventNames.All.Distinct().Count(), Is.EqualTo(27));

    [TestCase("ObjectCreated:Put", "2.1")]
    [TestCase("ObjectRemoved:DeleteMarkerCreated", "2.1")]
    [TestCase("ObjectRestore:Completed", "2.1")]
    [TestCase("ObjectTagging:Put", "2.3")]
    [TestCase("ObjectAcl:Put", "2.3")]
    [TestCase("LifecycleExpiration:Delete", "2.3")]
    [TestCase("IntelligentTiering", "2.3")]
    [TestCase("Replication:OperationMissedThreshold", "2.2")]
    public void EventVersionFollowsThePre24Rule(string eventName, string version) =>
        Assert.That(EventNames.VersionOf(eventName), Is.EqualTo(version));

    [Test]
    public void FiltersCompareTheRawKeyCaseSensitively()
    {
        // Given
        var rule = new NotificationRule("id", DestinationKind.Queue, "arn", ["s3:ObjectCreated:*"], [new FilterRule("Prefix", "my dir/"), new FilterRule("Suffix", ".JPG")]);

        // When / Then
        Assert.That(EventMatcher.Matches(rule, "ObjectCreated:Put", "my dir/a b.JPG"), Is.True);
        Assert.That(EventMatcher.Matches(rule, "ObjectCreated:Put", "my+dir/a.JPG"), Is.False);
        Assert.That(EventMatcher.Matches(rule, "ObjectCreated:Put", "my dir/a.jpg"), Is.False);
        Assert.That(EventMatcher.Matches(rule, "ObjectRemoved:Delete", "my dir/a.JPG"), Is.False);
    }

    [Test]
    public void RecordFieldsAreWrittenInAwsOrder()
    {
        // Given
        var draft = new S3EventDraft
        {
            EventName = "ObjectCreated:Put",
            Key = "k",
            Identity = new RequestIdentity("RID", "HID", "AWS:AIDAX", "127.0.0.1", null),
            EventTime = new DateTimeOffset(2025, 1, 21, 10, 0, 0, 5, TimeSpan.Zero),
            Size = 9,
            ETag = "437b930db84b8079c2dd804a71936b5f",
            VersionId = "v1",
            Sequencer = "0000000000000001",
        };

        // When
        var body = JsonNode.Parse(EventRecordWriter.Write(draft, "cfg", "bucket", "eu-west-1", "AOWNER"))!;
        var record = body["Records"]![0]!;

        // Then
        Assert.That(record.Keys(), Is.EqualTo(new[] { "eventVersion", "eventSource", "awsRegion", "eventTime", "eventName", "userIdentity", "requestParameters", "responseElements", "s3" }));
        Assert.That(record.Keys("s3"), Is.EqualTo(new[] { "s3SchemaVersion", "configurationId", "bucket", "object" }));
        Assert.That(record.Keys("s3.bucket"), Is.EqualTo(new[] { "name", "ownerIdentity", "arn" }));
        Assert.That(record.Keys("s3.object"), Is.EqualTo(new[] { "key", "size", "eTag", "versionId", "sequencer" }));
        Assert.That(record.Text("eventTime"), Is.EqualTo("2025-01-21T10:00:00.005Z"));
        Assert.That(record.Text("awsRegion"), Is.EqualTo("eu-west-1"));
    }

    [Test]
    public void SequencerIsFixedWidthUpperHexAndIncreasing()
    {
        // Given
        var sequencer = new Sequencer();

        // When
        var values = Enumerable.Range(0, 100).Select(_ => sequencer.Next()).ToList();

        // Then
        Assert.That(values, Is.All.Length.EqualTo(16).And.Matches<string>(v => v!.All(c => char.IsAsciiDigit(c) || c is >= 'A' and <= 'F')));
        Assert.That(values, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
        Assert.That(values, Is.Unique);
    }
}
