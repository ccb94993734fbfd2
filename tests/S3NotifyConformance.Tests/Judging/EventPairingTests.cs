using S3NotifyConformance.Judging;
using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Tests.Support;
using static S3NotifyConformance.Tests.Support.Fakes;

namespace S3NotifyConformance.Tests.Judging;

public sealed class EventPairingTests
{
    [Test]
    public void EachWriteSelectedByTheConfigurationIsExpectedOnce()
    {
        // Given a configuration for ObjectCreated:* with prefix images/
        var writes = new[] { Configure(Config("s3:ObjectCreated:*", prefix: "images/")), Write("PutObject", "images/a.jpg", 1), Write("PutObject", "docs/a.pdf", 2), Write("DeleteObject", "images/a.jpg", 3, etag: null) };

        // When
        var expected = NotificationOracle.Expect(Evidence(writes, []));

        // Then only the matching creation is expected
        Assert.That(expected.Select(e => (e.EventName, e.Write.Key)), Is.EqualTo(new[] { ("ObjectCreated:Put", "images/a.jpg") }));
    }

    [Test]
    public void PairsRecordsWithTheirWritesAndCountsDuplicatesLossAndStrays()
    {
        // Given three puts, of which the second is delivered twice, the third never, plus a stray
        var writes = new[] { Configure(Config("s3:ObjectCreated:*")), Write("PutObject", "a", 1, etag: "e1"), Write("PutObject", "b", 2, etag: "e2"), Write("PutObject", "c", 3, etag: "e3") };
        var events = new[]
        {
            Observed(Record("ObjectCreated:Put", "b", etag: "e2", sequencer: "02"), 1),
            Observed(Record("ObjectCreated:Put", "a", etag: "e1", sequencer: "01"), 2),
            Observed(Record("ObjectCreated:Put", "b", etag: "e2", sequencer: "02"), 3),
            Observed(Record("ObjectCreated:Put", "zzz", etag: "e9", sequencer: "09"), 4),
        };

        // When
        var context = JudgingContext.From(Evidence(writes, events));

        // Then
        Assert.That(context.Pairing.Matched.Select(m => m.Expected.Write.Key), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(context.Pairing.Duplicates.Select(d => d.Sequence), Is.EqualTo(new[] { 3L }));
        Assert.That(context.Pairing.Lost.Select(l => l.Write.Key), Is.EqualTo(new[] { "c" }));
        Assert.That(context.Pairing.Unexpected.Select(u => u.Key), Is.EqualTo(new[] { "zzz" }));
    }

    [Test]
    public void OnAVersionedBucketRecordsPairByVersionIdNotArrivalOrder()
    {
        var writes = new[]
        {
            Configure(Config("s3:ObjectCreated:*")),
            Write("PutObject", "k", 1, etag: "same", version: "v1", versioning: BucketVersioning.Enabled),
            Write("PutObject", "k", 2, etag: "same", version: "v2", versioning: BucketVersioning.Enabled),
        };
        var events = new[] { Observed(Record("ObjectCreated:Put", "k", etag: "same", version: "v2", sequencer: "2"), 1), Observed(Record("ObjectCreated:Put", "k", etag: "same", version: "v1", sequencer: "1"), 2) };
        var context = JudgingContext.From(Evidence(writes, events));
        Assert.That(context.Pairing.Matched.Select(m => (m.Expected.Write.VersionId, m.Observed.VersionId)), Is.EqualTo(new[] { ("v1", "v1"), ("v2", "v2") }));
        Assert.That(context.Pairing.Lost, Is.Empty);
    }

    [Test]
    public void DeleteWithoutVersionOnAVersionedBucketExpectsDeleteMarkerCreated()
    {
        var writes = new[]
        {
            Configure(Config("s3:ObjectRemoved:*")),
            Write("DeleteObject", "k", 1, etag: null, version: "marker", versioning: BucketVersioning.Enabled, deleteMarker: true),
            Write("DeleteObject", "k", 2, etag: null, version: "v1", versioning: BucketVersioning.Enabled, requestedVersion: "v1"),
        };
        var expected = NotificationOracle.Expect(Evidence(writes, []));
        Assert.That(expected.Select(e => (e.EventName, e.ExpectedVersionId)), Is.EqualTo(new[] { ("ObjectRemoved:DeleteMarkerCreated", "marker"), ("ObjectRemoved:Delete", "v1") }));
    }

    [Test]
    public void SentinelWritesAndEventsAreSetAside()
    {
        var writes = new[] { Configure(Config("s3:ObjectCreated:*")), Write("PutObject", "s3n-sentinel-1", 1) with { IsSentinel = true } };
        var events = new[] { Observed(Record("ObjectCreated:Put", "s3n-sentinel-1")) };
        var context = JudgingContext.From(Evidence(writes, events));
        Assert.That((context.Expected.Length, context.Pairing.Unexpected.Length), Is.EqualTo((0, 0)));
    }

    [TestCase("images/", "", "images/cat.jpg", true)]
    [TestCase("images/", "", "Images/cat.jpg", false)]
    [TestCase("", ".jpg", "cat.jpg", true)]
    [TestCase("", ".jpg", "cat.jpg.txt", false)]
    [TestCase("a/", ".txt", "a/b.txt", true)]
    [TestCase("a/", ".txt", "b/a.txt", false)]
    [TestCase("my dir/", "", "my dir/x", true)]
    [TestCase("my dir/", "", "my+dir/x", false)]
    public void KeyFilterComparesPrefixAndSuffixWithTheRawKey(string prefix, string suffix, string key, bool matches) =>
        Assert.That(KeyFilterMatcher.Matches(Config("s3:ObjectCreated:*", prefix, suffix), key), Is.EqualTo(matches));
}
