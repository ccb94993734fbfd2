using System.Globalization;
using System.Text.RegularExpressions;
using S3NotifyConformance.Actions;
using S3NotifyConformance.Collection;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Judging.Rules;

/// <summary>Each record has the fields AWS sends for its event type, with the values the write implies ("Event message structure"; truth: Record contents per event type):
/// eventSource, awsRegion (the bucket's), eventTime format, identities, s3SchemaVersion, configurationId, bucket name and
/// ARN, and per type the presence and value of size, eTag, versionId and sequencer.</summary>
public sealed partial class RecordShapeRule : RuleBase
{
    /// <inheritdoc />
    public override string Id => "record.shape";

    /// <inheritdoc />
    public override IEnumerable<Finding> Judge(JudgingContext context) =>
        context.Pairing.Matched.Where(m => !m.Expected.IsEventBridge).SelectMany(m => Check(context.Evidence, m.Expected, m.Observed));

    private IEnumerable<Finding> Check(Evidence evidence, ExpectedEvent expected, ObservedEvent observed)
    {
        var record = observed.Record!;
        var s3 = record["s3"];
        var item = s3?["object"];
        var name = expected.EventName;
        var checks = new List<(string Path, string Expected, JsonNode? Actual, bool Ok)>();

        void Equal(string path, JsonNode? actual, string want) => checks.Add((path, want, actual, Show(actual) == want && actual is not null));
        void Present(string path, JsonNode? actual) => checks.Add((path, "present", actual, actual is not null && Show(actual).Length > 0));
        void Absent(string path, JsonNode? actual) => checks.Add((path, "(absent)", actual, actual is null));

        Equal("eventSource", record["eventSource"], "aws:s3");
        Equal("awsRegion", record["awsRegion"], evidence.Region);
        checks.Add(("eventTime", "ISO-8601 UTC with milliseconds, e.g. 1970-01-01T00:00:00.000Z", record["eventTime"],
            record["eventTime"] is JsonValue t && t.TryGetValue<string>(out var time) && EventTimePattern().IsMatch(time)));
        if (EventTimeWindow(evidence, expected) is { } window)
        {
            // The snapshot scrubs eventTime, so its value is judged here: AWS stamps "the time when Amazon S3 finished
            // processing the request" (Event message structure), which lies within the write's request window, give or take
            // the clocks' skew. Events S3 raises on its own (restore completion, lifecycle) happen later and are not judged.
            var when = record["eventTime"] is JsonValue v && v.TryGetValue<string>(out var text) &&
                DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : (DateTimeOffset?)null;
            if (when is { } at && (at < window.From || at > window.To))
            {
                checks.Add(("eventTime", $"within the request window {window.From:yyyy-MM-ddTHH:mm:ss.fffZ} … {window.To:yyyy-MM-ddTHH:mm:ss.fffZ} (±{evidence.Policy.ClockSkew.TotalSeconds:0.###} s clock skew, timing.clockSkew)",
                    record["eventTime"], false));
            }
        }

        Present("userIdentity.principalId", record["userIdentity"]?["principalId"]);
        Present("requestParameters.sourceIPAddress", record["requestParameters"]?["sourceIPAddress"]);
        Present("responseElements.x-amz-request-id", record["responseElements"]?["x-amz-request-id"]);
        Present("responseElements.x-amz-id-2", record["responseElements"]?["x-amz-id-2"]);
        Equal("s3.s3SchemaVersion", s3?["s3SchemaVersion"], "1.0");
        if (expected.Configuration.Id is { } id)
        {
            Equal("s3.configurationId", s3?["configurationId"], id);
        }
        else
        {
            Present("s3.configurationId", s3?["configurationId"]);
        }

        Equal("s3.bucket.name", s3?["bucket"]?["name"], evidence.Bucket);
        Equal("s3.bucket.arn", s3?["bucket"]?["arn"], $"arn:aws:s3:::{evidence.Bucket}");
        Present("s3.bucket.ownerIdentity.principalId", s3?["bucket"]?["ownerIdentity"]?["principalId"]);

        // Per-type fields are judged only for the types AWS recorded (truth: Record contents per event type); for lifecycle, tiering, replication,
        // restore expiry and object loss only the common fields above are (their object fields are not recorded).
        var created = name.StartsWith("ObjectCreated:", StringComparison.Ordinal) || name is "ObjectRestore:Post" or "ObjectRestore:Completed";
        var removed = name.StartsWith("ObjectRemoved:", StringComparison.Ordinal);
        var tagOrAcl = name.StartsWith("ObjectTagging:", StringComparison.Ordinal) || name == "ObjectAcl:Put";

        // size: created and restore events only (SQS::test_object_created_and_object_removed).
        if (created)
        {
            Equal("s3.object.size", item?["size"], expected.Write.Size?.ToString() ?? "?");
            checks[^1] = checks[^1] with { Ok = checks[^1].Ok && item?["size"]?.GetValueKind() == JsonValueKind.Number };
        }
        else if (removed || tagOrAcl)
        {
            Absent("s3.object.size", item?["size"]);
        }

        // eTag: bare MD5 for created objects, the current object's for tagging/ACL, MD5("") for a delete marker, none for Delete (SQS::test_object_created_put, SQS::test_object_created_put_versioned).
        if (name == "ObjectRemoved:Delete")
        {
            Absent("s3.object.eTag", item?["eTag"]);
        }
        else if (name == "ObjectRemoved:DeleteMarkerCreated")
        {
            Equal("s3.object.eTag", item?["eTag"], DeleteObjectAction.DeleteMarkerETag);
        }
        else if ((created || removed || tagOrAcl) && expected.Write.ETag is { } etag)
        {
            Equal("s3.object.eTag", item?["eTag"], etag);
        }

        // versionId: only where versioning made one; never the string "null" (SQS::test_object_created_put_versioned). Not recorded for tagging/ACL.
        VersionIdExpectation.Judge(expected,
            version => Equal("s3.object.versionId", item?["versionId"], version),
            () => Present("s3.object.versionId", item?["versionId"]),
            () => Absent("s3.object.versionId", item?["versionId"]));

        // sequencer: on created, removed and restore events; never on tagging/ACL (SQS::test_object_tagging_put_event, SQS::test_object_put_acl).
        if (created || removed)
        {
            Present("s3.object.sequencer", item?["sequencer"]);
        }
        else if (tagOrAcl)
        {
            Absent("s3.object.sequencer", item?["sequencer"]);
        }

        return checks.Where(c => !c.Ok).Select(c => Fail($"{expected} {c.Path}", c.Expected, Show(c.Actual), observed) with
        {
            // Object fields depend on the event type; the others are the same for every record.
            Aspect = c.Path.StartsWith("s3.object.", StringComparison.Ordinal) ? $"{name} {c.Path}" : c.Path,
            Field = c.Path,
            ExpectedClass = OutsideWindow(c) ? "within the request window" : RunDependent.Contains(c.Path) && c.Expected is not "(absent)" and not "present" ? $"the write's {c.Path}" : null,
            ActualClass = OutsideWindow(c) ? "outside it" : RunDependent.Contains(c.Path) || c.Path == "eventTime" ? ValueClass(c.Actual, isTime: c.Path == "eventTime") : null,
        });
    }

    private static bool OutsideWindow((string Path, string Expected, JsonNode? Actual, bool Ok) check) =>
        check.Path == "eventTime" && check.Expected.StartsWith("within", StringComparison.Ordinal);

    /// <summary>Fields whose expected value is the write's own (size, eTag, version, sequencer, configuration id): the
    /// fingerprint keeps the kind of value that arrived, not the value.</summary>
    private static readonly HashSet<string> RunDependent =
        ["s3.configurationId", "s3.object.size", "s3.object.eTag", "s3.object.versionId", "s3.object.sequencer"];

    /// <summary>The kind of value a field had: absent, empty, the string "null", a quoted string, its digit pattern for
    /// times, or just "another value".</summary>
    public static string ValueClass(JsonNode? actual, bool isTime = false)
    {
        if (actual is null)
        {
            return "(absent)";
        }

        var text = Show(actual);
        return text switch
        {
            "" => "an empty string",
            "null" => "the string \"null\"",
            _ when text.StartsWith('"') => "a quoted value",
            _ when actual.GetValueKind() is not JsonValueKind.String and not JsonValueKind.Number => $"a JSON {actual.GetValueKind().ToString().ToLowerInvariant()}",
            _ when isTime && text.Length >= 10 && char.IsAsciiDigit(text[0]) && text.Contains('T') => DigitPattern().Replace(text, "d"),
            _ => $"another {(actual.GetValueKind() == JsonValueKind.Number ? "number" : "string")}",
        };
    }

    private static (DateTimeOffset From, DateTimeOffset To)? EventTimeWindow(Evidence evidence, ExpectedEvent expected) =>
        expected.Write is { StartedAt: { } started, CompletedAt: { } completed } && !EventNames.IsInitiatedByS3(expected.Cause)
            ? (started - evidence.Policy.ClockSkew, completed + evidence.Policy.ClockSkew)
            : null;

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")]
    private static partial Regex EventTimePattern();

    [GeneratedRegex(@"\d")]
    private static partial Regex DigitPattern();
}
