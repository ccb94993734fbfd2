namespace S3NotifyConformance.Judging;

/// <summary>The fields Amazon S3 puts in an event record, for every event type together ("Event message structure",
/// https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html). A field outside them is a
/// store's extension: listed, never a failure, unless it carries the request's own data.</summary>
public static class AwsRecordFields
{
    private static readonly HashSet<string> Leaves =
    [
        "eventVersion", "eventSource", "awsRegion", "eventTime", "eventName",
        "userIdentity.principalId", "requestParameters.sourceIPAddress",
        "responseElements.x-amz-request-id", "responseElements.x-amz-id-2",
        "s3.s3SchemaVersion", "s3.configurationId",
        "s3.bucket.name", "s3.bucket.ownerIdentity.principalId", "s3.bucket.arn",
        "s3.object.key", "s3.object.size", "s3.object.eTag", "s3.object.versionId", "s3.object.sequencer",
    ];

    // Whole subtrees AWS sends for restore, replication, Intelligent-Tiering and lifecycle transition events.
    private static readonly string[] Subtrees =
        ["glacierEventData", "replicationEventData", "intelligentTieringEventData", "lifecycleEventData"];

    /// <summary>True when AWS sends this field (a dotted path inside a record) for some event type.</summary>
    public static bool IsAws(string path) =>
        Leaves.Contains(path) || Subtrees.Any(s => path == s || path.StartsWith(s + ".", StringComparison.Ordinal));

    /// <summary>The paths of a record's fields that AWS does not send, each with its value: the outermost such field only
    /// (<c>s3.object.metadata</c>, not each of its entries).</summary>
    public static IEnumerable<(string Path, JsonNode? Value)> Extensions(JsonObject record) => Walk(record, string.Empty);

    private static IEnumerable<(string Path, JsonNode? Value)> Walk(JsonObject node, string prefix)
    {
        foreach (var (name, value) in node)
        {
            var path = prefix.Length == 0 ? name : $"{prefix}.{name}";
            if (IsAws(path))
            {
                continue;
            }

            var isAncestor = Leaves.Any(l => l.StartsWith(path + ".", StringComparison.Ordinal));
            if (isAncestor && value is JsonObject inner)
            {
                foreach (var found in Walk(inner, path))
                {
                    yield return found;
                }
            }
            else
            {
                yield return (path, value);
            }
        }
    }
}
