using S3NotifyConformance.Actions;
using S3NotifyConformance.Collection;
using S3NotifyConformance.Judging;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Tests.Support;

/// <summary>Builds ledgers and evidence by hand for the pure judging tests.</summary>
public static class Fakes
{
    public const string Bucket = "s3n-20260101t000000-abcd-0001";

    public static ConfigurationSpec Config(string events, string prefix = "", string suffix = "", string destination = "sqs-1", string? id = "id0001", DestinationKind kind = DestinationKind.Sqs)
    {
        var rules = ImmutableArray.CreateBuilder<FilterRuleSpec>();
        if (prefix.Length > 0)
        {
            rules.Add(new FilterRuleSpec("prefix", prefix));
        }

        if (suffix.Length > 0)
        {
            rules.Add(new FilterRuleSpec("suffix", suffix));
        }

        return new ConfigurationSpec(id, kind, [.. events.Split(',')], rules.ToImmutable(), null, destination);
    }

    public static WriteRecord Write(string operation, string? key, long sequence, string? etag = "437b930db84b8079c2dd804a71936b5f", string? version = null,
        BucketVersioning versioning = BucketVersioning.None, bool deleteMarker = false, string? requestedVersion = null, NotificationSpec? notification = null) =>
        new(sequence, (int)sequence, operation, Bucket, key, version, requestedVersion, etag, etag is null ? null : 9, deleteMarker, $"REQ{sequence}", $"HOST{sequence}",
            sequence * 1000, sequence * 1000 + 500, ApiOutcome.Success, versioning, Notification: notification);

    public static WriteRecord Configure(params ConfigurationSpec[] configurations) =>
        Write("PutBucketNotificationConfiguration", null, 0, etag: null, notification: new NotificationSpec([.. configurations], false));

    public static JsonObject Record(string eventName, string key, string? etag = "437b930db84b8079c2dd804a71936b5f", long? size = 9, string? version = null,
        string sequencer = "0000000000000001", string requestId = "REQ1", string configurationId = "id0001", string eventVersion = "2.1")
    {
        var item = new JsonObject { ["key"] = S3KeyEncoding.Encode(key) };
        if (size is not null)
        {
            item["size"] = size;
        }

        if (etag is not null)
        {
            item["eTag"] = etag;
        }

        if (version is not null)
        {
            item["versionId"] = version;
        }

        item["sequencer"] = sequencer;
        return new JsonObject
        {
            ["eventVersion"] = eventVersion,
            ["eventSource"] = "aws:s3",
            ["awsRegion"] = "us-east-1",
            ["eventTime"] = "2026-01-01T00:00:00.000Z",
            ["eventName"] = eventName,
            ["userIdentity"] = new JsonObject { ["principalId"] = "AWS:AIDAEXAMPLE" },
            ["requestParameters"] = new JsonObject { ["sourceIPAddress"] = "127.0.0.1" },
            ["responseElements"] = new JsonObject { ["x-amz-request-id"] = requestId, ["x-amz-id-2"] = "host" },
            ["s3"] = new JsonObject
            {
                ["s3SchemaVersion"] = "1.0",
                ["configurationId"] = configurationId,
                ["bucket"] = new JsonObject { ["name"] = Bucket, ["ownerIdentity"] = new JsonObject { ["principalId"] = "OWNER" }, ["arn"] = $"arn:aws:s3:::{Bucket}" },
                ["object"] = item,
            },
        };
    }

    public static ObservedEvent Observed(JsonObject record, long sequence = 1, string destination = "sqs-1") =>
        new(sequence, destination, "sqs", $"m{sequence}", 0, record, null, null, null, new JsonObject { ["Records"] = new JsonArray(record.DeepClone()) }.ToJsonString(),
            sequence, DateTimeOffset.UnixEpoch, null, 1);

    public static Evidence Evidence(IEnumerable<WriteRecord> writes, IEnumerable<ObservedEvent> events, Scenario? scenario = null, params string[] destinations) =>
        new(scenario ?? Scenario(), Bucket, "us-east-1", null, [.. writes], [.. events],
            (destinations.Length == 0 ? ["sqs-1"] : destinations).ToImmutableDictionary(d => d, d => new ProvisionedDestination(d, DestinationKind.Sqs, $"arn:aws:sqs:us-east-1:000000000000:{d}", $"http://q/{d}")),
            [], EventVersionPolicy.Aws);

    public static Scenario Scenario(ScenarioExpectation? expect = null) =>
        new("test/scenario", "test", new ScenarioSource("inferred", "unit test"), BucketVersioning.None, NotificationSpec.Empty, [], expect ?? ScenarioExpectation.Default, [], "test.yaml");
}
