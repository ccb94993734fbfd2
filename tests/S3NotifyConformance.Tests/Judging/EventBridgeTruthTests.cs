using S3NotifyConformance.Actions;
using S3NotifyConformance.Judging;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Tests.Support;
using static S3NotifyConformance.Tests.Support.Fakes;

namespace S3NotifyConformance.Tests.Judging;

/// <summary>The truth test for EventBridge: every EventBridge event AWS sent in the recorded tests (EB::*, and the S3 event
/// in EVT::test_put_events_to_default_eventbus_for_custom_eventbus), masks filled consistently, passes every rule of the
/// harness against the writes the test made; and a recorded field altered is a finding that names it.</summary>
public sealed class EventBridgeTruthTests
{
    private const string EB = "test_s3_notifications_eventbridge.snapshot.json";
    private const string Something = "437b930db84b8079c2dd804a71936b5f";
    private const string Test = "8d777f385d3dfec8815d20f7496026dc";
    private const string Versioned = "2fb1d4988881168bbcd6432d7593be5a";

    /// <param name="Region">The bucket's region the events carry.</param>
    /// <param name="Steps">The scenario's steps, where the oracle needs them (a restore).</param>
    /// <param name="NotCollected">Detail-types the recorded test did not collect (its list holds only the restore events; the
    /// expiry comes a day later), so their absence from the recording says nothing.</param>
    public sealed record TruthCase(string Name, string File, string Test, string? ContentKey, Func<WriteRecord[]> Writes, int[]? Chronology = null,
        string Region = "us-east-1", ScenarioStep[]? Steps = null, string[]? NotCollected = null)
    {
        public override string ToString() => Name;
    }

    private static WriteRecord W(string operation, int sequence, string? etag = Something, long? size = 9, string? version = null,
        BucketVersioning versioning = BucketVersioning.None, string? requested = null) =>
        Write(operation, "key-name-1", sequence, etag, version, versioning, false, requested) with { Size = size, RequestId = null };

    public static IEnumerable<TruthCase> Cases() =>
    [
        // The test listed the delete before the create.
        new("put and delete", EB, "test_object_created_put", null, () => [W("PutObject", 1, Test, 4), W("DeleteObject", 2, null, null)], [2, 1]),
        // Four PutObjectAcl calls, three events (the canned private on a private object changes nothing); the create is listed last.
        new("acl", EB, "test_object_put_acl", "messages",
            () => [W("PutObject", 1), W("PutObjectAcl", 2, size: null) with { NoChange = true }, W("PutObjectAcl", 3, size: null), W("PutObjectAcl", 4, size: null), W("PutObjectAcl", 5, size: null)],
            [2, 3, 4, 1]),
        new("restore", EB, "test_restore_object", "messages", () => [W("PutObject", 1), W("RestoreObject", 2)], [2, 3],
            Steps: [new PutObjectStep("key-name-1", new ObjectBody("something", 0), "GLACIER"), new RestoreObjectStep("key-name-1", 1, "Expedited")],
            NotCollected: ["Object Created", "Object Restore Expired"]),
        new("second region", EB, "test_object_created_put_in_different_region", null, () => [W("PutObject", 1, Test, 4), W("PutObject", 2, Test, 4)], Region: "eu-west-1"),
        new("versioning suspended", EB, "test_object_created_put_versioned", "message-versioning-suspended",
            () => [W("PutObject", 1, Versioned, 13, null, BucketVersioning.Suspended), W("DeleteObject", 2, null, null, "v3", BucketVersioning.Suspended, requested: "v3")]),
        // A copy of the suspended list (facts: "the message-versioning-active entry is a copy"), judged against the same writes.
        new("versioning active (copy)", EB, "test_object_created_put_versioned", "message-versioning-active",
            () => [W("PutObject", 1, Versioned, 13, null, BucketVersioning.Suspended), W("DeleteObject", 2, null, null, "v3", BucketVersioning.Suspended, requested: "v3")]),
        new("default bus", "excerpts/events_test_events.snapshot.json", "test_put_events_to_default_eventbus_for_custom_eventbus", "get-events", () => [W("PutObject", 1, Test, 4)]),
    ];

    /// <summary>Judges the recorded events of a case against its writes, after <paramref name="alter"/>.</summary>
    public static (JudgingContext Context, IReadOnlyList<JsonObject> Events) Judge(TruthCase truth, Func<JsonObject, JsonObject>? alter = null)
    {
        var events = AwsRecordedEventBridgeEvents.Of(truth.File, truth.Test, truth.ContentKey, Bucket, truth.Region, truth.Chronology ?? [])
            .Select(e => alter is null ? e : alter(e)).ToList();
        var configuration = new ConfigurationSpec(null, DestinationKind.EventBridge, [], [], null, "eventbridge-1");
        var writes = truth.Writes().Prepend(Configure(configuration));
        var scenario = Scenario() with { Steps = [.. truth.Steps ?? []] };
        var evidence = Evidence(writes, events.Select((e, i) => Observed(e, i + 1, "eventbridge-1")), scenario, "eventbridge-1") with
        {
            Region = truth.Region,
            AccountId = "111111111111",
            Destinations = ImmutableDictionary<string, ProvisionedDestination>.Empty.Add("eventbridge-1",
                new ProvisionedDestination("eventbridge-1", DestinationKind.EventBridge, "arn:aws:events:us-east-1:111111111111:rule/r", "http://q/eb")),
        };
        return (JudgingContext.From(evidence), events);
    }

    private static List<Finding> Findings(TruthCase truth, JudgingContext context) => [.. CompositeRule.Default.Judge(context)
        .Where(f => !(f.Rule == "delivery.lost" && (truth.NotCollected ?? []).Any(t => f.Subject.StartsWith(t, StringComparison.Ordinal))))];

    [TestCaseSource(nameof(Cases))]
    public void RecordedEventBridgeEventsPassEveryRule(TruthCase truth)
    {
        // Given the events AWS sent for the recorded test's writes
        var (context, events) = Judge(truth);

        // When every rule judges them
        var findings = Findings(truth, context);

        // Then there is no finding, and every event is paired with its write
        Assert.That(events, Is.Not.Empty);
        Assert.That(findings, Is.Empty, string.Join("\n", findings.Select(f => f.Describe())));
        Assert.That(context.Pairing.Matched, Has.Length.EqualTo(events.Count));
    }

    [TestCaseSource(nameof(Cases))]
    public void AnAlteredRecordedFieldIsAFindingNamingIt(TruthCase truth)
    {
        // Given the recorded events with one field of the first event's object altered: its key URL-encoded as an S3 record's
        // key is, or its etag quoted
        var altered = Judge(truth, e =>
        {
            if (e["id"]!.GetValue<string>().EndsWith("1", StringComparison.Ordinal))
            {
                e["detail"]!["object"]!["etag"] = e["detail"]!["object"]!["etag"] is { } etag ? $"\"{etag.GetValue<string>()}\"" : "\"d41d8cd98f00b204e9800998ecf8427e\"";
            }

            return e;
        }).Context;

        // When every rule judges them
        var findings = Findings(truth, altered);

        // Then a finding names the altered field
        Assert.That(findings.Select(f => f.Field), Has.Member("detail.object.etag"), string.Join("\n", findings.Select(f => f.Describe())));
    }

    [Test]
    public void TheRecordedRegionIsTheBucketsNotTheClients()
    {
        // Given the second-region recording judged as if the bucket were in us-east-1
        var truth = Cases().First(c => c.Name == "second region");
        var (context, _) = Judge(truth with { Region = "eu-west-1" });
        var elsewhere = JudgingContext.From(context.Evidence with { Region = "us-east-1" });

        // Then every event's region is a finding
        Assert.That(CompositeRule.Default.Judge(elsewhere).Where(f => f.Field == "region").ToList(), Has.Count.EqualTo(2));
        Assert.That(CompositeRule.Default.Judge(context), Is.Empty);
    }

    [Test]
    public void EveryEventBridgeRecordingIsCovered()
    {
        // Given every test of the EventBridge recording file
        var tests = JsonNode.Parse(File.ReadAllText(Repository.AwsRecording(EB)))!.AsObject().Select(p => p.Key.Split("::")[^1]);

        // Then each has a truth case
        Assert.That(tests, Is.SubsetOf(Cases().Select(c => c.Test)));
        Assert.That(Cases().Where(c => c.File == EB).Sum(c => Judge(c).Events.Count), Is.EqualTo(14));
    }
}
