using S3NotifyConformance.ReferenceStore.Hosting;
using S3NotifyConformance.ReferenceStore.Notifications;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.Clock;

/// <summary>
/// RestoreObject on the accelerated clock: ObjectRestore:Post at once, ObjectRestore:Completed after the tier's
/// retrieval time (SQS::test_restore_object [A]), ObjectRestore:Delete when the restored copy expires (eventVersion 2.3, "Event message structure" before 2.4).
/// </summary>
internal sealed class RestoreEngine
{
    private const string InternalAddress = "10.0.0.1";
    private readonly StoreServices _services;

    /// <summary>Creates the engine.</summary>
    public RestoreEngine(StoreServices services) => _services = services;

    /// <summary>Documented worst-case retrieval times per tier (GLACIER / DEEP_ARCHIVE).</summary>
    public static TimeSpan RetrievalTime(string storageClass, string tier) => (storageClass, tier) switch
    {
        ("DEEP_ARCHIVE", "Bulk") => TimeSpan.FromHours(48),
        ("DEEP_ARCHIVE", _) => TimeSpan.FromHours(12),
        (_, "Expedited") => TimeSpan.FromMinutes(5),
        (_, "Bulk") => TimeSpan.FromHours(12),
        _ => TimeSpan.FromHours(5),
    };

    /// <summary>Starts a restore (call under the bucket lock); emits ObjectRestore:Post and schedules completion.</summary>
    public void Start(Bucket bucket, ObjectVersion version, int days, string tier, RequestIdentity identity)
    {
        bucket.ReplaceVersion(version with { Restore = new RestoreState(true, days, tier, null) });
        Emit(bucket, version, "ObjectRestore:Post", identity, restore: null);
        _services.Scheduler.After(RetrievalTime(version.StorageClass, tier), () => Complete(bucket, version.Key, version.VersionId));
    }

    private void Complete(Bucket bucket, string key, string versionId)
    {
        lock (bucket.Gate)
        {
            if (bucket.GetVersion(key, versionId) is not { Restore.InProgress: true } version)
            {
                return;
            }

            var storageClass = version.ArchiveTier is null ? version.StorageClass : "INTELLIGENT_TIERING";
            var owner = new RequestIdentity(Identifiers.NewS3RequestId(), Identifiers.NewHostId(), "AmazonCustomer:" + _services.OwnerPrincipalId, InternalAddress, null);
            if (version.ArchiveTier is not null)
            {
                // Intelligent-Tiering archives go back to the frequent tier; there is no restored copy to expire.
                bucket.ReplaceVersion(version with { Restore = null, ArchiveTier = null, SimulatedLastAccess = _services.Clock.Now });
                Emit(bucket, version, "ObjectRestore:Completed", owner, (_services.Clock.Now, storageClass));
                return;
            }

            var expiry = LifecycleTime.Due(_services.Clock.Now, version.Restore.Days);
            bucket.ReplaceVersion(version with { Restore = version.Restore with { InProgress = false, ExpiryDate = expiry } });
            Emit(bucket, version, "ObjectRestore:Completed", owner, (expiry, storageClass));
            _services.Scheduler.After(expiry - _services.Clock.Now, () => Expire(bucket, key, versionId, expiry));
        }
    }

    private void Expire(Bucket bucket, string key, string versionId, DateTimeOffset expiry)
    {
        lock (bucket.Gate)
        {
            if (bucket.GetVersion(key, versionId) is not { Restore: { InProgress: false } restore } version)
            {
                return;
            }

            if (restore.ExpiryDate > expiry)
            {
                // Extended by a later RestoreObject: wait for the new date.
                _services.Scheduler.After(restore.ExpiryDate.Value - _services.Clock.Now, () => Expire(bucket, key, versionId, restore.ExpiryDate.Value));
                return;
            }

            bucket.ReplaceVersion(version with { Restore = null });
            Emit(bucket, version, "ObjectRestore:Delete", RequestIdentity.Service(), restore: null);
        }
    }

    private void Emit(Bucket bucket, ObjectVersion version, string eventName, RequestIdentity identity, (DateTimeOffset, string)? restore) =>
        _services.Notifications.Emit(bucket, S3EventDraft.OfVersion(eventName, version, identity) with
        {
            Sequencer = _services.Sequencer.Next(),
            RestoreEventData = restore,
        });
}
