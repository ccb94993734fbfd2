using S3NotifyConformance.Actions;
using S3NotifyConformance.Judging;
using S3NotifyConformance.Judging.Snapshots;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Tests.Support;
using static S3NotifyConformance.Tests.Support.Fakes;

namespace S3NotifyConformance.Tests.Judging;

/// <summary>The truth test: every event record AWS sent in the recorded tests (truth/aws-recordings), with its masks
/// filled consistently, passes every rule of the harness against the writes the test made, and has exactly the fields of the
/// verified snapshot's record of the same event type. Cases not covered: the restore, presigned-URL-in-a-second-region and
/// X-Ray recordings (their scenarios need capabilities the oracle does not model yet).</summary>
public sealed class AwsTruthTests
{
    private const string Something = "437b930db84b8079c2dd804a71936b5f";

    public sealed record TruthCase(string Name, string File, string Test, string? ContentKey, string Events, string Scenario, string?[] VersionIds, Func<WriteRecord[]> Writes, int[]? Chronology = null)
    {
        public override string ToString() => Name;
    }

    private static WriteRecord W(string operation, string key, int sequence, string? etag = Something, long? size = 9, string? version = null,
        BucketVersioning versioning = BucketVersioning.None, bool marker = false, string? requested = null) =>
        Write(operation, key, sequence, etag, version, versioning, marker, requested) with { Size = size, RequestId = null };

    public static IEnumerable<TruthCase> Cases() =>
    [
        new("sqs put", "test_s3_notifications_sqs.snapshot.json", "test_object_created_put", "receive_messages", "s3:ObjectCreated:*", "created/put", [],
            () => [W("PutObject", "my_key_0", 1), W("PutObject", "my_key_1", 2, "6c7ba9c5a141421e1c03cb9807c97c74", 14)]),
        new("sqs copy", "test_s3_notifications_sqs.snapshot.json", "test_object_created_copy", "receive_messages", "s3:ObjectCreated:Copy", "created/copy", [],
            () => [W("PutObject", "source-key", 1), W("CopyObject", "object-key-1", 2)]),
        new("sqs put copy delete", "test_s3_notifications_sqs.snapshot.json", "test_object_created_and_object_removed", "receive_messages", "s3:ObjectCreated:*,s3:ObjectRemoved:*", "removed/put-copy-delete", [],
            () => [W("PutObject", "object-key-2", 1), W("CopyObject", "object-key-1", 2), W("DeleteObject", "object-key-2", 3, null, null)]),
        new("sqs multipart", "test_s3_notifications_sqs.snapshot.json", "test_object_created_complete_multipart_upload", "receive_messages", "s3:ObjectCreated:*", "created/complete-multipart-upload", [],
            () => [W("CompleteMultipartUpload", "test-key", 1, "8eabe9d6b43316e840b079170916c079-1", 6144)]),
        new("sqs key encoding", "test_s3_notifications_sqs.snapshot.json", "test_key_encoding", "receive_messages", "s3:ObjectCreated:*", "keys/at-sign", [],
            () => [W("PutObject", "a@b", 1)]),
        new("sqs tagging put", "test_s3_notifications_sqs.snapshot.json", "test_object_tagging_put_event", "receive_messages", "s3:ObjectTagging:Put", "tagging/put", [],
            () => [W("PutObject", "object-key-1", 1, "f3e6da48d914f3f04f6bd9cb092c044d"), W("PutObjectTagging", "object-key-1", 2, "f3e6da48d914f3f04f6bd9cb092c044d", null)]),
        new("sqs tagging delete", "test_s3_notifications_sqs.snapshot.json", "test_object_tagging_delete_event", "receive_messages", "s3:ObjectTagging:Delete", "tagging/delete", [],
            () => [W("PutObject", "object-key-1", 1, "f3e6da48d914f3f04f6bd9cb092c044d"), W("DeleteObjectTagging", "object-key-1", 2, "f3e6da48d914f3f04f6bd9cb092c044d", null)]),
        new("sqs filter", "test_s3_notifications_sqs.snapshot.json", "test_notifications_with_filter", "message", "s3:ObjectCreated:*", "filters/prefix-and-suffix", [],
            () => [W("PutObject", "/testdata", 1), W("PutObject", "testupload/dir1/testfile.txt", 2, "f527a5c9f427867aeaf091c134949aa0", 32)]),
        new("sqs delete objects", "test_s3_notifications_sqs.snapshot.json", "test_delete_objects", "receive_messages", "s3:ObjectRemoved:*", "removed/delete-objects-per-requested-key", [],
            () => [W("DeleteObjects", "object-key-1", 1, null, null), W("DeleteObjects", "object-key-2", 2, null, null), W("DeleteObjects", "object-key-3", 3, null, null)]),
        new("sqs acl", "test_s3_notifications_sqs.snapshot.json", "test_object_put_acl", "receive_messages", "s3:ObjectAcl:Put", "acl/put", [],
            () => [W("PutObjectAcl", "my_key_acl", 1, size: null), W("PutObjectAcl", "my_key_acl", 2, size: null), W("PutObjectAcl", "my_key_acl", 3, size: null)]),
        new("sqs versioning enabled", "test_s3_notifications_sqs.snapshot.json", "test_object_created_put_versioned", "message-versioning-active", "s3:ObjectCreated:*,s3:ObjectRemoved:*", "removed/versioned-lifecycle",
            ["v1", "v2", "v1", "marker"],
            () =>
            [
                W("PutObject", "test-key", 1, "6869c34ca384e0ed836d49214f881e87", 13, "v1", BucketVersioning.Enabled),
                W("PutObject", "test-key", 2, "8d777f385d3dfec8815d20f7496026dc", 4, "v2", BucketVersioning.Enabled),
                W("DeleteObject", "test-key", 3, null, null, "marker", BucketVersioning.Enabled, marker: true) with { ETag = DeleteObjectAction.DeleteMarkerETag },
                W("DeleteObject", "test-key", 4, null, null, "v1", BucketVersioning.Enabled, requested: "v1"),
            ],
            [1, 2, 4, 3]), // the test sorted the records: Delete (4th write) is listed before DeleteMarkerCreated (3rd)
        new("sqs versioning suspended", "test_s3_notifications_sqs.snapshot.json", "test_object_created_put_versioned", "message-versioning-suspended", "s3:ObjectCreated:*,s3:ObjectRemoved:*", "removed/suspended-delete-marker-by-id",
            [null, "marker"],
            () =>
            [
                W("PutObject", "test-key", 1, "2fb1d4988881168bbcd6432d7593be5a", 13, null, BucketVersioning.Suspended),
                W("DeleteObject", "test-key", 2, null, null, "marker", BucketVersioning.Suspended, requested: "marker"),
            ]),
        new("sns put", "test_s3_notifications_sns.snapshot.json", "test_object_created_put", "receive_messages", "s3:ObjectCreated:*", "created/put-sns", [],
            () => [W("PutObject", "bucket-key", 1, "c8e3a3027a133355210f85cfbb1acc35", 11), W("PutObject", "bucket-key", 2, "05c7c1b96e20928f6e55a881b5ca1c45", 12)]),
        new("sns filter", "test_s3_notifications_sns.snapshot.json", "test_bucket_notifications_with_filter", "message", "s3:ObjectCreated:*", "filters/prefix-sns", [],
            () => [W("PutObject", "test/dir1/myfile.txt", 1), W("PutObject", "testupload/dir1/testfile.txt", 2, "f5260f0f41af2722d9fe17a57dfa9da5", 35)]),
        new("lambda put", "test_s3_notifications_lambda.snapshot.json", "test_create_object_put_via_dynamodb", "table_content", "s3:ObjectCreated:*", "lambda/put", [],
            () => [W("PutObject", "object-key-1", 1, "e9fb1ed1d5eaa36781088aae37acffbd", 11)]),
        new("lambda presigned post and put", "test_s3_notifications_lambda.snapshot.json", "test_create_object_by_presigned_request_via_dynamodb", "items", "s3:ObjectCreated:*", "lambda/post-and-put", [],
            () => [W("PostObject", "object-key-1", 1, "232d7472010db416df31c55fdc0490a5", 16), W("PutObject", "object-key-1", 2, "b0d833b208acd18be70a25c9323f210d", 16)]),
    ];

    private static (JudgingContext Context, IReadOnlyList<JsonObject> Records) Judge(TruthCase truth, Func<JsonObject, JsonObject>? alter = null)
    {
        var configuration = truth.Name.Contains("filter", StringComparison.Ordinal)
            ? Config(truth.Events, prefix: "testupload/", suffix: truth.Name.StartsWith("sqs", StringComparison.Ordinal) ? "testfile.txt" : "")
            : Config(truth.Events);
        // The Lambda recordings are the events a function was invoked with: judged as a Lambda destination's, bare like a queue's.
        var lambda = truth.Name.StartsWith("lambda", StringComparison.Ordinal);
        configuration = lambda ? configuration with { Destination = DestinationKind.Lambda, DestinationName = "lambda-1" } : configuration;
        var records = AwsRecordedRecords.Of(truth.File, truth.Test, truth.ContentKey, Bucket, truth.VersionIds, truth.Chronology ?? []).Select(r => alter is null ? r : alter(r)).ToList();
        var writes = truth.Writes().Prepend(Configure(configuration));
        var evidence = Evidence(writes, records.Select((r, i) => Observed(r, i + 1, configuration.DestinationName)), null, configuration.DestinationName);
        evidence = lambda
            ? evidence with { Destinations = evidence.Destinations.SetItem("lambda-1", new ProvisionedDestination("lambda-1", DestinationKind.Lambda, "arn:aws:lambda:us-east-1:000000000000:function:f", null, "f")) }
            : evidence;
        return (JudgingContext.From(evidence), records);
    }

    [TestCaseSource(nameof(Cases))]
    public void RecordedAwsRecordsPassEveryRule(TruthCase truth)
    {
        var (context, records) = Judge(truth);
        Assert.That(records, Is.Not.Empty);
        var findings = CompositeRule.Default.Judge(context).ToList();
        Assert.That(findings, Is.Empty, string.Join("\n", findings.Select(f => $"[{f.Rule}] {f.Subject}: expected {f.Expected}, actual {f.Actual}")));
        Assert.That(context.Pairing.Matched, Has.Length.EqualTo(records.Count));
    }

    [TestCaseSource(nameof(Cases))]
    public void RecordedAwsRecordsHaveTheFieldsOfTheVerifiedSnapshot(TruthCase truth)
    {
        var verified = VerifiedRecords(truth.Scenario);
        foreach (var record in Judge(truth).Records)
        {
            var eventName = (string)record["eventName"]!;
            var fields = FieldPaths(record).Order(StringComparer.Ordinal).ToList();
            var mine = verified.FirstOrDefault(v => (string?)v["eventName"] == eventName && FieldPaths(v).Order(StringComparer.Ordinal).SequenceEqual(fields));
            Assert.That(mine, Is.Not.Null, $"{truth.Scenario}.verified.json has no {eventName} record with AWS's fields: {string.Join(", ", fields)}");
            Assert.That((string?)mine!["eventSource"], Is.EqualTo((string?)record["eventSource"]), "eventSource");
            Assert.That((string?)mine["eventVersion"], Is.EqualTo("{event-version}"), "eventVersion is judged by its policy, not pinned by the snapshot");

            Assert.That((string?)mine!["s3"]!["s3SchemaVersion"], Is.EqualTo((string?)record["s3"]!["s3SchemaVersion"]));
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void RecordedAwsRecordsRaisedToEventVersion24PassEveryRuleAndTheSameSnapshot(TruthCase truth)
    {
        // Given the recorded records, and the same records as today's Amazon S3 sends them (one unified eventVersion, 2.4)
        var recorded = Judge(truth).Context;
        var (raised, records) = Judge(truth, r => { r["eventVersion"] = "2.4"; return r; });

        // Then the raised ones pass every rule, and their snapshot is the recorded ones' (eventVersion is a placeholder)
        var findings = CompositeRule.Default.Judge(raised).ToList();
        Assert.That(findings, Is.Empty, string.Join("\n", findings.Select(f => f.Describe())));
        Assert.That(records.Select(r => (string?)r["eventVersion"]), Is.All.EqualTo("2.4"));
        var differences = JsonDiff.Compare(SnapshotDocumentBuilder.Build(recorded), SnapshotDocumentBuilder.Build(raised)).ToList();
        Assert.That(differences, Is.Empty, string.Join("\n", differences));
    }

    [Test]
    public void ARecordWithAMajorVersionOtherThanTwoFailsTheEventVersionRuleThoughTheSnapshotIsBlind()
    {
        var truth = Cases().First(c => c.Name == "sqs put");
        var (context, _) = Judge(truth, r => { r["eventVersion"] = "3.0"; return r; });
        Assert.That(CompositeRule.Default.Judge(context).Select(f => f.Rule), Has.Member("record.event-version"));
    }

    [Test]
    public void AnAlteredRecordedFieldFailsTheTruthTest()
    {
        var truth = Cases().First(c => c.Name == "sqs put copy delete");
        var (context, _) = Judge(truth, r =>
        {
            if ((string?)r["eventName"] == "ObjectRemoved:Delete")
            {
                r["s3"]!["object"]!["size"] = 9; // AWS sends no size on deletes
            }

            return r;
        });
        Assert.That(CompositeRule.Default.Judge(context).Select(f => f.Subject), Has.Some.EndsWith("s3.object.size"));
        var altered = Judge(truth, r => { (r["s3"]!["object"] as JsonObject)!.Remove("sequencer"); return r; }).Records[0];
        Assert.That(VerifiedRecords(truth.Scenario).Where(v => (string?)v["eventName"] == (string?)altered["eventName"]).Select(v => FieldPaths(v).Order().ToList()),
            Has.None.EqualTo(FieldPaths(altered).Order().ToList()));
    }

    [TestCase("eventSource", "aws:lambda")]
    [TestCase("s3.object.eTag", "\"e9fb1ed1d5eaa36781088aae37acffbd\"")]
    [TestCase("s3.configurationId", "another-id")]
    public void AnAlteredFieldOfARecordedLambdaEventIsAFindingNamingIt(string path, string value)
    {
        // Given the event AWS invoked a function with, one recorded field altered
        var truth = Cases().First(c => c.Name == "lambda put");
        var (context, _) = Judge(truth, r =>
        {
            var parts = path.Split('.');
            var parent = parts[..^1].Aggregate((JsonNode)r, (node, part) => node[part]!);
            parent[parts[^1]] = value;
            return r;
        });

        // When it is judged, Then a finding names the field
        var findings = CompositeRule.Default.Judge(context).ToList();
        Assert.That(findings.Select(f => f.Subject), Has.Some.EndsWith(path), string.Join("\n", findings.Select(f => f.Describe())));
    }

    private static List<JsonObject> VerifiedRecords(string scenario)
    {
        var document = JsonNode.Parse(File.ReadAllText(new SnapshotStore(Repository.Paths.Expected, "unused").For(scenario).VerifiedPath))!;
        return [.. document["events"]!.AsArray().Select(e => e!["record"]!.AsObject())];
    }

    private static IEnumerable<string> FieldPaths(JsonNode node, string prefix = "") => node is JsonObject o
        ? o.SelectMany(p => new[] { prefix + p.Key }.Concat(FieldPaths(p.Value!, prefix + p.Key + ".")))
        : [];
}
