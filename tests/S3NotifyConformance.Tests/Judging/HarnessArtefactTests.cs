using S3NotifyConformance.Actions;
using S3NotifyConformance.Judging;
using S3NotifyConformance.Scenarios;
using static S3NotifyConformance.Tests.Support.Fakes;

namespace S3NotifyConformance.Tests.Judging;

/// <summary>Findings that would come from the harness rather than the store: expectations taken from the store's own answer,
/// pairing that splits one wrong record into "lost" plus "unexpected", accounting that hides a loss, values nobody judges.</summary>
public sealed class HarnessArtefactTests
{
    private static List<Finding> Findings(IEnumerable<WriteRecord> writes, IEnumerable<S3NotifyConformance.Collection.ObservedEvent> events, DeliveryPolicy? policy = null,
        ImmutableDictionary<string, string>? sentinels = null) =>
        [.. CompositeRule.Default.Judge(JudgingContext.From(Evidence(writes, events) with { Delivery = policy, SentinelKeys = sentinels }))];

    [Test]
    public void AVersionedDeleteIsExpectedAsADeleteMarkerWhateverTheStoreAnswered()
    {
        // Given a delete without versionId on a versioned bucket, whose answer did not say "delete marker" (nor gave a version)
        var writes = new[]
        {
            Configure(Config("s3:ObjectRemoved:*")),
            Write("DeleteObject", "k", 1, etag: null, versioning: BucketVersioning.Enabled, deleteMarker: false),
        };
        var record = Record("ObjectRemoved:DeleteMarkerCreated", "k", etag: DeleteObjectAction.DeleteMarkerETag, size: null, version: "marker-1", requestId: "REQ1");

        // When
        var findings = Findings(writes, [Observed(record)]);

        // Then the record AWS would send passes, and the answer is what is reported
        Assert.That(NotificationOracle.Expect(Evidence(writes, [])).Single().EventName, Is.EqualTo("ObjectRemoved:DeleteMarkerCreated"));
        Assert.That(findings.Select(f => (f.Rule, f.Aspect)), Is.EquivalentTo(new[]
        {
            ("api.answer", "DeleteObject x-amz-delete-marker"),
            ("api.answer", "DeleteObject x-amz-version-id"),
        }), string.Join("\n", findings.Select(f => f.Describe())));
    }

    [Test]
    public void ACopyWhoseAnswerLacksAVersionIdStillExpectsOneInTheRecord()
    {
        var writes = new[] { Configure(Config("s3:ObjectCreated:*")), Write("CopyObject", "k", 1, versioning: BucketVersioning.Enabled) };
        var withVersion = Findings(writes, [Observed(Record("ObjectCreated:Copy", "k", version: "v-from-store"))]);
        var without = Findings(writes, [Observed(Record("ObjectCreated:Copy", "k"))]);
        Assert.That(withVersion.Select(f => f.Rule), Is.EqualTo(new[] { "api.answer" }));
        Assert.That(without.Select(f => f.Aspect), Has.Member("ObjectCreated:Copy s3.object.versionId"));
    }

    [Test]
    public void AnEventUnderAnotherKeyEncodingIsOneKeyEncodingFindingOnTheWrite()
    {
        // Given a write of a+b.txt whose record writes the plus literally (which decodes to a space)
        var writes = new[] { Configure(Config("s3:ObjectCreated:*")), Write("PutObject", "a+b.txt", 1) };
        var record = Record("ObjectCreated:Put", "x", requestId: "REQ1");
        record["s3"]!["object"]!["key"] = "a+b.txt";

        // When
        var findings = Findings(writes, [Observed(record)]);

        // Then one finding, on the key, and nothing lost or unexpected
        Assert.That(findings.Select(f => (f.Rule, f.Field, f.Expected, f.Actual)), Is.EqualTo(new[] { ("record.key-encoding", (string?)"s3.object.key", "a%2Bb.txt", "a+b.txt") }));
    }

    [Test]
    public void AnEventWithAnotherNameOfTheCategoryIsOneEventNameFindingOnTheWrite()
    {
        // Given a delete on a suspended bucket (AWS: a null delete marker), answered with ObjectRemoved:Delete and the object's fields
        var writes = new[] { Configure(Config("s3:ObjectRemoved:*")), Write("DeleteObject", "k", 1, etag: null, versioning: BucketVersioning.Suspended, deleteMarker: true) };
        var record = Record("ObjectRemoved:Delete", "k", size: 9, version: "store-version", requestId: "REQ1");

        // When
        var findings = Findings(writes, [Observed(record)]);

        // Then the event name is the one finding: not lost, not unexpected, and not its consequences on other fields
        Assert.That(findings.Select(f => (f.Rule, f.Expected, f.Actual)), Is.EqualTo(new[] { ("record.event-name", "ObjectRemoved:DeleteMarkerCreated", "ObjectRemoved:Delete") }));
    }

    [Test]
    public void ARecordPairsWithTheWriteItFitsBestNotTheFirstWriteOfItsKey()
    {
        // Given two writes of one key whose records carry request ids the harness never saw (no strict fit), second one first
        var writes = new[]
        {
            Configure(Config("s3:ObjectCreated:*")),
            Write("PutObject", "k", 1, etag: "e1") with { RequestId = "R1" },
            Write("PutObject", "k", 2, etag: "e2") with { RequestId = "R2" },
        };
        var events = new[]
        {
            Observed(Record("ObjectCreated:Put", "k", etag: "e2", sequencer: "02", requestId: "other-2"), 1),
            Observed(Record("ObjectCreated:Put", "k", etag: "e1", sequencer: "01", requestId: "other-1"), 2),
        };

        // When
        var context = JudgingContext.From(Evidence(writes, events));

        // Then each record is paired with the write of its eTag, so only the request ids are findings
        Assert.That(context.Pairing.Matched.Select(m => (m.Expected.Write.ETag, m.Observed.ETag)), Is.EqualTo(new[] { ("e1", "e1"), ("e2", "e2") }));
        Assert.That(CompositeRule.Default.Judge(context).Select(f => f.Rule).Distinct(), Is.EqualTo(new[] { "record.request-id" }));
    }

    [Test]
    public void ADeleteThatDidNotArriveIsLostNeverCoalesced()
    {
        // Given simultaneous put and delete of one unversioned key; the put's event arrived, the delete's did not
        var writes = new[]
        {
            Configure(Config("s3:ObjectCreated:*,s3:ObjectRemoved:*")),
            Write("PutObject", "k", 1, etag: "e1") with { StartedTimestamp = 100, CompletedTimestamp = 300 },
            Write("DeleteObject", "k", 2, etag: null) with { StartedTimestamp = 150, CompletedTimestamp = 250 },
        };
        var context = JudgingContext.From(Evidence(writes, [Observed(Record("ObjectCreated:Put", "k", etag: "e1"))]));
        Assert.That((context.Coalesced.Length, context.Pairing.Lost.Single().EventName), Is.EqualTo((0, "ObjectRemoved:Delete")));
    }

    [Test]
    public void ASimultaneousCreationIsCoalescedOnlyWhenTheFinalStateWasNotified()
    {
        // Given two overlapping puts of one unversioned key, only the first notified; HeadObject read the second's eTag
        WriteRecord[] Writes(string finalETag) =>
        [
            Configure(Config("s3:ObjectCreated:*")),
            Write("PutObject", "k", 1, etag: "e1") with { StartedTimestamp = 100, CompletedTimestamp = 300 },
            Write("PutObject", "k", 2, etag: "e2") with { StartedTimestamp = 150, CompletedTimestamp = 250 },
            Write("HeadObject", "k", 3, etag: finalETag),
        ];
        var record = Observed(Record("ObjectCreated:Put", "k", etag: "e1"));

        // Then with the final object notified the other write is coalesced; with another final object it is lost
        var notified = JudgingContext.From(Evidence(Writes("e1"), [record]));
        var notNotified = JudgingContext.From(Evidence(Writes("e2"), [record]));
        Assert.That((notified.Coalesced.Length, notified.Pairing.Lost.Length), Is.EqualTo((1, 0)));
        Assert.That((notNotified.Coalesced.Length, notNotified.Pairing.Lost.Length), Is.EqualTo((0, 1)));
        Assert.That(CompositeRule.Default.Judge(notNotified).Select(f => f.Rule), Is.EquivalentTo(new[] { "delivery.lost", "delivery.final-state" }));
    }

    [Test]
    public void ADroppedSentinelIsAFinding()
    {
        var writes = new[] { Configure(Config("s3:ObjectCreated:*")), Write("PutObject", "k", 1) };
        var sentinels = ImmutableDictionary<string, string>.Empty.Add("sqs-1", "s3n-sentinel-1");
        var findings = Findings(writes, [Observed(Record("ObjectCreated:Put", "k"))], sentinels: sentinels);
        var arrived = Findings(writes, [Observed(Record("ObjectCreated:Put", "k")), Observed(Record("ObjectCreated:Put", "s3n-sentinel-1", requestId: "S"), 2)], sentinels: sentinels);
        Assert.That(findings.Select(f => (f.Rule, f.Actual)), Is.EqualTo(new[] { ("delivery.sentinel", "none arrived by the delivery deadline") }));
        Assert.That(arrived, Is.Empty);
    }

    [Test]
    public void DuplicatesAreCountedAlwaysAndAFindingOnlyAboveTheTargetsAllowanceAsAHarnessPolicy()
    {
        var writes = new[] { Configure(Config("s3:ObjectCreated:*")), Write("PutObject", "a", 1, etag: "e1"), Write("PutObject", "b", 2, etag: "e2") with { RequestId = "REQ2" } };
        var events = new[]
        {
            Observed(Record("ObjectCreated:Put", "a", etag: "e1", sequencer: "01"), 1),
            Observed(Record("ObjectCreated:Put", "b", etag: "e2", sequencer: "02", requestId: "REQ2"), 2),
            Observed(Record("ObjectCreated:Put", "a", etag: "e1", sequencer: "01"), 3),
        };
        var strict = Findings(writes, events);
        var tolerant = Findings(writes, events, DeliveryPolicy.Default with { DuplicationAllowance = 0.5 });
        Assert.That(JudgingContext.From(Evidence(writes, events)).Pairing.Duplicates, Has.Length.EqualTo(1));
        Assert.That(strict.Single().Rule, Is.EqualTo("policy.duplicates"));
        Assert.That(strict.Single().Expected, Does.Contain("harness policy, not an AWS rule"));
        Assert.That(tolerant, Is.Empty);
    }

    [Test]
    public void AnEventTimeOutsideTheRequestWindowIsAFindingThoughTheSnapshotScrubsIt()
    {
        // Given a write made at a known wall-clock time
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var writes = new[] { Configure(Config("s3:ObjectCreated:*")), Write("PutObject", "k", 1) with { StartedAt = at, CompletedAt = at.AddMilliseconds(200) } };
        List<Finding> With(string eventTime)
        {
            var record = Record("ObjectCreated:Put", "k");
            record["eventTime"] = eventTime;
            return Findings(writes, [Observed(record)]);
        }

        // Then a year off fails, and within the 2 s default skew passes
        Assert.That(With("2025-01-01T00:00:00.100Z").Select(f => (f.Rule, f.Field)), Is.EqualTo(new[] { ("record.shape", (string?)"eventTime") }));
        Assert.That(With("2026-01-01T00:00:01.500Z"), Is.Empty);
        Assert.That(With("2025-12-31T23:59:58.500Z"), Is.Empty);
    }

    [Test]
    public void AnAnswerWhoseETagIsNotTheObjectsIsAnApiAnswerFindingWhileTheRecordIsJudgedByTheComputedOne()
    {
        var writes = new[] { Configure(Config("s3:ObjectCreated:*")), Write("PutObject", "k", 1, etag: "e-computed") with { AnsweredETag = "e-answered" } };
        var findings = Findings(writes, [Observed(Record("ObjectCreated:Put", "k", etag: "e-computed"))]);
        Assert.That(findings.Select(f => (f.Rule, f.Aspect, f.Actual)), Is.EqualTo(new[] { ("api.answer", (string?)"PutObject ETag", "e-answered") }));
    }
}
