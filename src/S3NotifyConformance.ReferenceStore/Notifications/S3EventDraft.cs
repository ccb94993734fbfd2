using S3NotifyConformance.ReferenceStore.Hosting;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>What happened to an object, before it is matched against configurations and rendered as a record.</summary>
internal sealed record S3EventDraft
{
    /// <summary>An event about an object version caused by <paramref name="identity"/>: the version's key, size, eTag and version
    /// id (none for the null version) are reported.</summary>
    public static S3EventDraft OfVersion(string eventName, ObjectVersion version, RequestIdentity identity) => new()
    {
        EventName = eventName,
        Key = version.Key,
        Identity = identity,
        Size = version.Size,
        ETag = version.ETag,
        VersionId = S3.ObjectWriter.EventVersionId(version),
        StorageClass = version.StorageClass,
    };

    /// <summary>An event S3 raises on its own about an object version (lifecycle, tiering, replication, object loss): the
    /// service is the principal.</summary>
    public static S3EventDraft RaisedByS3(string eventName, ObjectVersion version) => OfVersion(eventName, version, RequestIdentity.Service());

    /// <summary>Event name without "s3:", e.g. "ObjectCreated:Put".</summary>
    public required string EventName { get; init; }

    /// <summary>The raw (decoded) key; filters match it, the record encodes it.</summary>
    public required string Key { get; init; }

    /// <summary>Who caused the event and the response ids of the triggering request.</summary>
    public required RequestIdentity Identity { get; init; }

    /// <summary>When S3 finished processing (real clock).</summary>
    public DateTimeOffset EventTime { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>s3.object.size, or null to omit (SQS::test_object_created_and_object_removed).</summary>
    public long? Size { get; init; }

    /// <summary>s3.object.eTag unquoted, or null to omit (SQS::test_object_created_put).</summary>
    public string? ETag { get; init; }

    /// <summary>s3.object.versionId, or null to omit (SQS::test_object_created_put_versioned).</summary>
    public string? VersionId { get; init; }

    /// <summary>s3.object.sequencer, or null to omit ("Event message structure").</summary>
    public string? Sequencer { get; init; }

    /// <summary>The version's storage class when the event happened (EventBridge's source-storage-class).</summary>
    public string StorageClass { get; init; } = "STANDARD";

    /// <summary>glacierEventData.restoreEventData for ObjectRestore:Completed (SQS::test_restore_object).</summary>
    public (DateTimeOffset ExpiryTime, string StorageClass)? RestoreEventData { get; init; }

    /// <summary>lifecycleEventData.transitionEventData.destinationStorageClass for LifecycleTransition (documentation-derived).</summary>
    public string? TransitionStorageClass { get; init; }

    /// <summary>intelligentTieringEventData.destinationAccessTier for IntelligentTiering (documentation-derived).</summary>
    public string? DestinationAccessTier { get; init; }

    /// <summary>replicationEventData for Replication:* (documentation example).</summary>
    public ReplicationEventData? Replication { get; init; }
}
