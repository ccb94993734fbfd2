namespace S3NotifyConformance.Scenarios;

/// <summary>The 27 event names PutBucketNotificationConfiguration accepts (S3 API Reference "PutBucketNotificationConfiguration"), and how they relate.</summary>
public static class EventNames
{
    /// <summary>Every accepted name, wildcards included, with the <c>s3:</c> prefix.</summary>
    public static ImmutableArray<string> All { get; } =
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

    /// <summary>The record spelling of an event name: without the <c>s3:</c> prefix ("Event message structure").</summary>
    public static string ToRecordName(string configName) => configName.StartsWith("s3:", StringComparison.Ordinal) ? configName[3..] : configName;

    /// <summary>True when a configured name (specific or <c>Category:*</c>) selects the record event name.</summary>
    public static bool Selects(string configuredName, string recordEventName)
    {
        var configured = ToRecordName(configuredName);
        if (configured.EndsWith(":*", StringComparison.Ordinal))
        {
            return recordEventName.StartsWith(configured[..^1], StringComparison.Ordinal);
        }

        return string.Equals(configured, recordEventName, StringComparison.Ordinal);
    }

    /// <summary>True for events Amazon S3 raises on its own schedule (lifecycle, tiering, replication, restore completion and
    /// expiry, object loss): they carry no request of the harness's, so request-id correlation does not apply.</summary>
    public static bool IsInitiatedByS3(string recordEventName) =>
        recordEventName.StartsWith("Lifecycle", StringComparison.Ordinal) || recordEventName.StartsWith("Replication:", StringComparison.Ordinal) ||
        recordEventName is "IntelligentTiering" or "ObjectRestore:Completed" or "ObjectRestore:Delete" or "ReducedRedundancyLostObject";

    /// <summary>True for a name AWS accepts in a configuration.</summary>
    public static bool IsKnown(string configuredName) => All.Contains(configuredName);
}
