using S3NotifyConformance.ReferenceStore.Hosting;
using S3NotifyConformance.ReferenceStore.Notifications;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>Commits new versions and delete markers and emits their events under the bucket lock, so sequencers follow state order.</summary>
internal static class ObjectWriter
{
    /// <summary>Stores a new object version (id per versioning state) and emits <paramref name="eventName"/>.</summary>
    public static ObjectVersion Commit(StoreServices services, Bucket bucket, ObjectVersion template, string eventName, RequestIdentity identity)
    {
        lock (bucket.Gate)
        {
            var simulatedNow = services.Clock.Now;
            var version = template with
            {
                VersionId = bucket.Versioning == VersioningStatus.Enabled ? Identifiers.NewVersionId() : ObjectVersion.NullVersionId,
                LastModified = DateTimeOffset.UtcNow,
                SimulatedCreated = simulatedNow,
                SimulatedLastAccess = simulatedNow,
                SimulatedNoncurrentSince = null,
            };
            version = services.Replication.Prepare(bucket, version);
            bucket.AddVersion(version, simulatedNow);
            services.Notifications.Emit(bucket, S3EventDraft.OfVersion(eventName, version, identity) with { Sequencer = services.Sequencer.Next() });
            services.Replication.Schedule(bucket, version, identity);
            return version;
        }
    }

    /// <summary>Adds a delete marker (id per versioning state) and emits <paramref name="eventName"/> (ObjectRemoved: or LifecycleExpiration:DeleteMarkerCreated).</summary>
    public static ObjectVersion AddDeleteMarker(StoreServices services, Bucket bucket, string key, string eventName, RequestIdentity identity)
    {
        lock (bucket.Gate)
        {
            var simulatedNow = services.Clock.Now;
            var marker = new ObjectVersion
            {
                Key = key,
                VersionId = bucket.Versioning == VersioningStatus.Enabled ? Identifiers.NewVersionId() : ObjectVersion.NullVersionId,
                IsDeleteMarker = true,
                LastModified = DateTimeOffset.UtcNow,
                SimulatedCreated = simulatedNow,
                Acl = AccessControlList.FromCanned("private", services.OwnerCanonicalId),
            };
            bucket.AddVersion(marker, simulatedNow);

            // SQS::test_object_created_put_versioned: eTag of the empty string, the marker's versionId (absent for a suspended bucket's null marker), no size.
            services.Notifications.Emit(bucket, new S3EventDraft
            {
                EventName = eventName,
                Key = key,
                Identity = identity,
                ETag = ObjectVersion.EmptyETag,
                VersionId = EventVersionId(marker),
                Sequencer = services.Sequencer.Next(),
            });
            return marker;
        }
    }

    /// <summary>Removes a version (or the unversioned object) permanently and emits a Delete event: key, versionId when one was addressed, sequencer (SQS::test_object_created_put_versioned).</summary>
    public static ObjectVersion? RemovePermanently(StoreServices services, Bucket bucket, string key, string versionId, bool reportVersionId, string eventName, RequestIdentity identity)
    {
        lock (bucket.Gate)
        {
            var removed = bucket.RemoveVersion(key, versionId);
            services.Notifications.Emit(bucket, new S3EventDraft
            {
                EventName = eventName,
                Key = key,
                Identity = identity,
                VersionId = reportVersionId ? versionId : null,
                Sequencer = services.Sequencer.Next(),
            });
            return removed;
        }
    }

    /// <summary>The versionId a record carries: absent for the null version (SQS::test_object_created_put_versioned).</summary>
    public static string? EventVersionId(ObjectVersion version) => version.IsNullVersion ? null : version.VersionId;
}
