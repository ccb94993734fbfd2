using S3NotifyConformance.Judging;
using S3NotifyConformance.Judging.Rules;
using S3NotifyConformance.Judging.Snapshots;
using static S3NotifyConformance.Tests.Support.Fakes;

namespace S3NotifyConformance.Tests.Judging;

public sealed class DifferenceTests
{
    [Test]
    public void OneStoreBehaviourSeenInManyScenariosIsOneDifferenceListingThemAll()
    {
        // Given the same wrong eventSource in two scenarios of two runs' worth of buckets and keys
        Finding EventSource(string key) => new RecordShapeRule().Judge(JudgingContext.From(Evidence(
            [Configure(Config("s3:ObjectCreated:*")), Write("PutObject", key, 1)],
            [Observed(Alter(Record("ObjectCreated:Put", key), r => r["eventSource"] = "ceph:s3"))]))).Single();

        // When grouped
        var differences = DifferenceCatalog.Group([("created/put", [EventSource("a")]), ("keys/space", [EventSource("b c")])], Baseline.Empty);

        // Then
        var difference = differences.Single();
        Assert.That(difference.Scenarios, Is.EqualTo(new[] { "created/put", "keys/space" }));
        Assert.That((difference.Aspect, difference.Aws, difference.Store), Is.EqualTo(("eventSource", "aws:s3", "ceph:s3")));
        Assert.That(difference.Source, Does.Contain("https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html"));
        Assert.That(difference.IsNew, Is.True);
    }

    [Test]
    public void DifferencesAreSortedByTheScenariosTheyTouch()
    {
        var rare = new Finding("record.shape", "x", "aws:s3", "other") { Aspect = "eventSource" };
        var common = new Finding("record.shape", "y", "1.0", "2.0") { Aspect = "s3.s3SchemaVersion" };

        var differences = DifferenceCatalog.Group([("a", [rare, common]), ("b", [common]), ("c", [common])], Baseline.Empty);

        Assert.That(differences.Select(d => d.Aspect), Is.EqualTo(new[] { "s3.s3SchemaVersion", "eventSource" }));
    }

    [Test]
    public void WhatFollowsFromABlockingFindingIsNotADifferenceButRecordFindingsStay()
    {
        // Given a rejected configuration, the events it cost, a snapshot difference, and a wrong field on an event that came
        var rejected = new Finding("api.outcome", "step 0 PutBucketNotificationConfiguration", "success", "HTTP 400 MalformedXML") { Aspect = "PutBucketNotificationConfiguration", Blocking = true };
        var lost = new Finding("delivery.lost", "ObjectCreated:Put for key 'a'", "one event", "none") { Aspect = "ObjectCreated:Put event" };
        var snapshot = new Finding("snapshot", "calls[1].answer.QueueConfigurations", "[…]", "(absent)") { Aspect = "calls[].answer.QueueConfigurations" };
        var shape = new Finding("record.shape", "ObjectCreated:Put eventSource", "aws:s3", "ceph:s3") { Aspect = "eventSource", Field = "eventSource" };

        // When
        var related = FindingRelations.MarkConsequences([rejected, lost, snapshot, shape]);

        // Then
        Assert.That(related.Where(f => f.CausedBy == rejected.Fingerprint).Select(f => f.Rule), Is.EquivalentTo(new[] { "delivery.lost", "snapshot" }));
        Assert.That(DifferenceCatalog.Group([("filters/prefix-hit", related)], Baseline.Empty).Select(d => (d.Rule, d.Blocking)),
            Is.EquivalentTo(new[] { ("api.outcome", true), ("record.shape", false) }));
    }

    [Test]
    public void ASnapshotDifferenceThatRestatesARuleFindingIsFoldedIntoIt()
    {
        var shape = new Finding("record.shape", "ObjectCreated:Put eventSource", "aws:s3", "ceph:s3") { Aspect = "eventSource", Field = "eventSource" };
        var restating = new SnapshotDifference("events[0].record.eventSource", "\"aws:s3\"", "\"ceph:s3\"");
        var own = new SnapshotDifference("events[0].record.userIdentity.principalId", "\"{principal-1}\"", "\"{principal-2}\"");

        var findings = FindingRelations.SnapshotFindings([restating, own], [shape], ImmutableHashSet<string>.Empty).ToList();

        Assert.That(findings[0].CausedBy, Is.EqualTo(shape.Fingerprint));
        Assert.That(findings[1].CausedBy, Is.Null, "a difference no rule judged stays one");
        Assert.That(findings[1].ActualClass, Is.EqualTo("\"{principal-2}\""), "which values are the same is the difference");
        Assert.That(FindingRelations.SnapshotFindings([new SnapshotDifference("events[0].record.eventTime", "\"{time-1}\"", "\"x\"")], [], ImmutableHashSet<string>.Empty)
            .Single().ExpectedClass, Is.EqualTo("\"{time-n}\""), "placeholder numbers do not split a difference otherwise");
    }

    [Test]
    public void ExtensionFieldsNeverFailASnapshotAndAreListed()
    {
        // Given a record with fields AWS does not send, as Ceph RGW sends them
        var record = Record("ObjectCreated:Put", "k");
        record["eventId"] = "1700000000.1.abc";
        record["opaqueData"] = string.Empty;
        record["s3"]!["bucket"]!["id"] = "5d8e24ba.4114.29";

        // When
        var extensions = AwsRecordFields.Extensions(record).Select(x => x.Path).ToList();
        var snapshotFindings = FindingRelations.SnapshotFindings(
            [new SnapshotDifference("events[0].record.eventId", "(absent)", "\"1700000000.1.abc\""), new SnapshotDifference("events[0].record.s3.bucket.id", "(absent)", "\"x\"")],
            [], extensions.ToHashSet());

        // Then
        Assert.That(extensions, Is.EquivalentTo(new[] { "eventId", "opaqueData", "s3.bucket.id" }));
        Assert.That(snapshotFindings, Is.Empty);
        Assert.That(new RecordExtensionRule().Judge(JudgingContext.From(Evidence([Configure(Config("s3:ObjectCreated:*")), Write("PutObject", "k", 1)], [Observed(record)]))), Is.Empty);
    }

    [Test]
    public void AnExtensionCarryingTheRequestsSigningHeadersIsAFinding()
    {
        var record = Record("ObjectCreated:Put", "k");
        record["s3"]!["object"]!["metadata"] = JsonNode.Parse("""[{"key":"x-amz-date","val":"20261201T000000Z"},{"key":"x-amz-content-sha256","val":"UNSIGNED-PAYLOAD"}]""");

        var finding = new RecordExtensionRule().Judge(JudgingContext.From(Evidence([Configure(Config("s3:ObjectCreated:*")), Write("PutObject", "k", 1)], [Observed(record)]))).Single();

        Assert.That(finding.Aspect, Is.EqualTo("extension s3.object.metadata carries request data"));
        Assert.That(finding.Actual, Is.EqualTo("x-amz-content-sha256, x-amz-date"));
    }

    private static JsonObject Alter(JsonObject record, Action<JsonObject> change)
    {
        change(record);
        return record;
    }
}
