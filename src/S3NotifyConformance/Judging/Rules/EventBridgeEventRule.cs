using System.Globalization;
using System.Text.RegularExpressions;
using S3NotifyConformance.Actions;
using S3NotifyConformance.Collection;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Judging.Rules;

/// <summary>Each EventBridge event has the envelope and detail AWS sends for its detail-type ("EventBridge event message
/// structure", https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html; EB::test_object_created_put,
/// EB::test_object_put_acl, EB::test_restore_object, EB::test_object_created_put_versioned): version "0", source
/// <c>aws.s3</c>, the account, the bucket's region, the bucket ARN in resources, time in ISO-8601 UTC; in detail the bucket,
/// the key as written (EventBridge does not form-encode keys), size, etag (bare, without quotes), version-id and sequencer
/// where the detail-type has them, the request id of the call, requester, source IP, reason and deletion-type.</summary>
public sealed partial class EventBridgeEventRule : RuleBase
{
    /// <summary>The MD5 of nothing, the etag of a delete marker (documentation example of "Object Deleted").</summary>
    private const string DeleteMarkerETag = "d41d8cd98f00b204e9800998ecf8427e";

    /// <inheritdoc />
    public override string Id => "eventbridge.event";

    /// <inheritdoc />
    public override IEnumerable<Finding> Judge(JudgingContext context) =>
        context.Pairing.Matched.Where(m => m.Expected.IsEventBridge).SelectMany(m => Check(context.Evidence, m.Expected, m.Observed));

    private IEnumerable<Finding> Check(Evidence evidence, ExpectedEvent expected, ObservedEvent observed)
    {
        var e = observed.Record!;
        var detail = e["detail"];
        var item = detail?["object"];
        var cause = expected.Cause;
        var type = expected.EventName;
        var byS3 = EventNames.IsInitiatedByS3(cause);
        var checks = new List<(string Path, string Expected, JsonNode? Actual, bool Ok, string? Class)>();
        void Equal(string path, JsonNode? actual, string want, string? @class = null) => checks.Add((path, want, actual, actual is JsonValue && Show(actual) == want, @class));
        void Present(string path, JsonNode? actual) => checks.Add((path, "present", actual, actual is not null && Show(actual).Length > 0, null));
        void Absent(string path, JsonNode? actual) => checks.Add((path, "(absent)", actual, actual is null, null));

        Equal("version", e["version"], "0");
        Present("id", e["id"]);
        Equal("source", e["source"], "aws.s3");
        if (evidence.AccountId is { } account)
        {
            Equal("account", e["account"], account, "the bucket owner's account");
        }
        else
        {
            Present("account", e["account"]);
        }

        checks.Add(("time", "ISO-8601 UTC, e.g. 2021-11-12T00:00:00Z", e["time"], Time(e["time"]) is not null, null));
        if (!byS3 && Time(e["time"]) is { } at && expected.Write is { StartedAt: { } started, CompletedAt: { } completed })
        {
            // EventBridge times have whole seconds: the window opens at the second the request started.
            var skew = evidence.Policy.ClockSkew;
            var from = started - skew - TimeSpan.FromSeconds(1);
            checks.Add(("time", $"within the request window {from:yyyy-MM-ddTHH:mm:ssZ} … {completed + skew:yyyy-MM-ddTHH:mm:ssZ} (timing.clockSkew)", e["time"],
                at >= from && at <= completed + skew, "within the request window"));
        }

        Equal("region", e["region"], evidence.Region);
        checks.Add(("resources", $"[\"arn:aws:s3:::{evidence.Bucket}\"]", e["resources"],
            e["resources"] is JsonArray { Count: 1 } resources && Show(resources[0]) == $"arn:aws:s3:::{evidence.Bucket}", "the bucket ARN alone"));
        Equal("detail.version", detail?["version"], "0");
        Equal("detail.bucket.name", detail?["bucket"]?["name"], evidence.Bucket);
        Equal("detail.object.key", item?["key"], expected.Write.Key!, "the key as written, not URL-encoded");

        var created = cause.StartsWith("ObjectCreated:", StringComparison.Ordinal);
        var deleted = type == "Object Deleted";
        var marker = cause.EndsWith(":DeleteMarkerCreated", StringComparison.Ordinal);
        var sized = created || type is "Object Restore Initiated" or "Object Restore Completed" or "Object Storage Class Changed" or "Object Access Tier Changed";
        if (sized && expected.Write.Size is { } size)
        {
            checks.Add(("detail.object.size", size.ToString(CultureInfo.InvariantCulture), item?["size"],
                item?["size"] is JsonValue n && n.GetValueKind() == JsonValueKind.Number && Show(n) == size.ToString(CultureInfo.InvariantCulture), "the object's size"));
        }
        else if (deleted || type is "Object Tags Added" or "Object Tags Deleted" or "Object ACL Updated")
        {
            Absent("detail.object.size", item?["size"]);
        }

        if (marker)
        {
            Equal("detail.object.etag", item?["etag"], DeleteMarkerETag);
        }
        else if (deleted)
        {
            Absent("detail.object.etag", item?["etag"]);
        }
        else if (expected.Write.ETag is { } etag && !byS3)
        {
            Equal("detail.object.etag", item?["etag"], etag.Trim('"'), "the object's ETag without quotes");
        }

        VersionIdExpectation.Judge(expected,
            version => Equal("detail.object.version-id", item?["version-id"], version, "the write's version id"),
            () => Present("detail.object.version-id", item?["version-id"]),
            () => Absent("detail.object.version-id", item?["version-id"]));

        if (created || deleted)
        {
            Present("detail.object.sequencer", item?["sequencer"]);
            Equal("detail.reason", detail?["reason"], EventBridgeDetailTypes.ReasonOf(cause) ?? "?");
        }
        else
        {
            Absent("detail.object.sequencer", item?["sequencer"]);
            Absent("detail.reason", detail?["reason"]);
        }

        if (deleted)
        {
            Equal("detail.deletion-type", detail?["deletion-type"], marker ? "Delete Marker Created" : "Permanently Deleted");
        }
        else
        {
            Absent("detail.deletion-type", detail?["deletion-type"]);
        }

        if (!byS3 && expected.Write.RequestId is { } requestId)
        {
            Equal("detail.request-id", detail?["request-id"], requestId, "the request id S3 answered the call with");
        }
        else
        {
            Present("detail.request-id", detail?["request-id"]);
        }

        Present("detail.requester", detail?["requester"]);
        if (!byS3)
        {
            Present("detail.source-ip-address", detail?["source-ip-address"]);
        }

        switch (type)
        {
            case "Object Restore Initiated":
                Present("detail.source-storage-class", detail?["source-storage-class"]);
                break;
            case "Object Restore Completed":
                Present("detail.source-storage-class", detail?["source-storage-class"]);
                Present("detail.restore-expiry-time", detail?["restore-expiry-time"]);
                break;
            case "Object Storage Class Changed":
                Present("detail.destination-storage-class", detail?["destination-storage-class"]);
                break;
            case "Object Access Tier Changed":
                Present("detail.destination-access-tier", detail?["destination-access-tier"]);
                break;
        }

        return checks.Where(c => !c.Ok).Select(c => Fail($"{expected} {c.Path}", c.Expected, Show(c.Actual), observed) with
        {
            // Detail fields depend on the detail-type; the envelope is the same for every event.
            Aspect = c.Path.StartsWith("detail.", StringComparison.Ordinal) ? $"{type} {c.Path}" : c.Path,
            Field = c.Path,
            ExpectedClass = c.Class,
            ActualClass = c.Class is null ? null : RecordShapeRule.ValueClass(c.Actual, isTime: c.Path == "time"),
        });
    }

    private static DateTimeOffset? Time(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var text) && TimePattern().IsMatch(text) &&
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$")]
    private static partial Regex TimePattern();
}
