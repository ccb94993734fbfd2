namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>The 27 configurable event names, wildcard expansion and per-type eventVersion.</summary>
internal static class EventNames
{
    /// <summary>Every name PutBucketNotificationConfiguration accepts (S3 API Reference "PutBucketNotificationConfiguration"; boto3 put_bucket_notification_configuration).</summary>
    public static readonly IReadOnlyList<string> All =
    [
        "s3:ReducedRedundancyLostObject",
        "s3:ObjectCreated:*", "s3:ObjectCreated:Put", "s3:ObjectCreated:Post", "s3:ObjectCreated:Copy", "s3:ObjectCreated:CompleteMultipartUpload",
        "s3:ObjectRemoved:*", "s3:ObjectRemoved:Delete", "s3:ObjectRemoved:DeleteMarkerCreated",
        "s3:ObjectRestore:*", "s3:ObjectRestore:Post", "s3:ObjectRestore:Completed", "s3:ObjectRestore:Delete",
        "s3:Replication:*", "s3:Replication:OperationFailedReplication", "s3:Replication:OperationNotTracked",
        "s3:Replication:OperationMissedThreshold", "s3:Replication:OperationReplicatedAfterThreshold",
        "s3:LifecycleTransition", "s3:IntelligentTiering", "s3:ObjectAcl:Put",
        "s3:LifecycleExpiration:*", "s3:LifecycleExpiration:Delete", "s3:LifecycleExpiration:DeleteMarkerCreated",
        "s3:ObjectTagging:*", "s3:ObjectTagging:Put", "s3:ObjectTagging:Delete",
    ];

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    /// <summary>True when the name is one of the 27 (case-sensitive, as AWS spells them).</summary>
    public static bool IsKnown(string name) => Known.Contains(name);

    /// <summary>True when an emitted event (without "s3:") matches a configured name: equal, or its "category:*" wildcard (SQS::test_object_created_put_versioned, SQS::test_object_created_and_object_removed).</summary>
    public static bool Matches(string configured, string emitted)
    {
        if (configured.Length == emitted.Length + 3 && configured.StartsWith("s3:", StringComparison.Ordinal) &&
            configured.AsSpan(3).SequenceEqual(emitted))
        {
            return true;
        }

        if (!configured.EndsWith(":*", StringComparison.Ordinal))
        {
            return false;
        }

        var category = configured.AsSpan(3, configured.Length - 5);
        var colon = emitted.IndexOf(':');
        return colon > 0 && emitted.AsSpan(0, colon).SequenceEqual(category);
    }

    /// <summary>The concrete (non-wildcard) names a configured name stands for.</summary>
    public static IEnumerable<string> Expand(string configured) =>
        configured.EndsWith(":*", StringComparison.Ordinal)
            ? All.Where(n => !n.EndsWith(":*", StringComparison.Ordinal) && n.StartsWith(configured[..^1], StringComparison.Ordinal))
            : [configured];

    /// <summary>
    /// eventVersion per emitted type, as recorded before the 2.4 unification ("Event message structure"): 2.3 for tagging and ACL [A];
    /// 2.3 for lifecycle, Intelligent-Tiering and restore expiry, 2.2 for replication (pre-2.4 docs [D]); 2.1 otherwise [A].
    /// </summary>
    public static string VersionOf(string emitted) => emitted switch
    {
        _ when emitted.StartsWith("ObjectTagging:", StringComparison.Ordinal) => "2.3",
        "ObjectAcl:Put" or "ObjectRestore:Delete" or "LifecycleTransition" or "IntelligentTiering" => "2.3",
        _ when emitted.StartsWith("LifecycleExpiration:", StringComparison.Ordinal) => "2.3",
        _ when emitted.StartsWith("Replication:", StringComparison.Ordinal) => "2.2",
        _ => "2.1",
    };
}
