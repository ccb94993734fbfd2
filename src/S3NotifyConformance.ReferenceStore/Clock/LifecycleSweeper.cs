using S3NotifyConformance.ReferenceStore.Hosting;
using S3NotifyConformance.ReferenceStore.Notifications;
using S3NotifyConformance.ReferenceStore.S3;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.Clock;

/// <summary>
/// Applies lifecycle rules on the accelerated clock (documentation-derived, "Event notification types and destinations"; no AWS recording exists):
/// Expiration → LifecycleExpiration:Delete (unversioned) or :DeleteMarkerCreated (versioned); Transition →
/// LifecycleTransition; NoncurrentVersionExpiration → LifecycleExpiration:Delete with versionId. Events come from
/// "s3.amazonaws.com" (inferred from the documentation's replication example).
/// </summary>
internal sealed class LifecycleSweeper
{
    private static readonly string[] Depth = ["STANDARD", "REDUCED_REDUNDANCY", "STANDARD_IA", "ONEZONE_IA", "INTELLIGENT_TIERING", "GLACIER_IR", "GLACIER", "DEEP_ARCHIVE"];

    private readonly StoreServices _services;

    /// <summary>Creates the sweeper.</summary>
    public LifecycleSweeper(StoreServices services) => _services = services;

    /// <summary>One pass over every bucket with a lifecycle configuration.</summary>
    public void Sweep()
    {
        var now = _services.Clock.Now;
        foreach (var bucket in _services.Buckets.All())
        {
            if (bucket.Lifecycle is not { } configuration)
            {
                continue;
            }

            lock (bucket.Gate)
            {
                string? previousKey = null;
                foreach (var version in bucket.SnapshotVersions())
                {
                    var isLatest = version.Key != previousKey;
                    previousKey = version.Key;
                    foreach (var rule in configuration.Rules.Where(r => r.Selects(version)))
                    {
                        if (isLatest ? ApplyToCurrent(bucket, version, rule, now) : ApplyToNoncurrent(bucket, version, rule, now))
                        {
                            break;
                        }
                    }
                }
            }
        }
    }

    private bool ApplyToCurrent(Bucket bucket, ObjectVersion version, LifecycleRule rule, DateTimeOffset now)
    {
        if (version.IsDeleteMarker)
        {
            return false;
        }

        if (rule.ExpirationDays is { } days && now >= LifecycleTime.Due(version.SimulatedCreated, days))
        {
            if (bucket.Versioning == VersioningStatus.Unversioned)
            {
                ObjectWriter.RemovePermanently(_services, bucket, version.Key, version.VersionId, reportVersionId: false, "LifecycleExpiration:Delete", RequestIdentity.Service());
            }
            else
            {
                ObjectWriter.AddDeleteMarker(_services, bucket, version.Key, "LifecycleExpiration:DeleteMarkerCreated", RequestIdentity.Service());
            }

            return true;
        }

        var target = rule.Transitions
            .Where(t => now >= LifecycleTime.Due(version.SimulatedCreated, t.Days) && DepthOf(t.StorageClass) > DepthOf(version.StorageClass))
            .OrderByDescending(t => DepthOf(t.StorageClass))
            .Select(t => t.StorageClass)
            .FirstOrDefault();
        if (target is null)
        {
            return false;
        }

        bucket.ReplaceVersion(version with { StorageClass = target });
        _services.Notifications.Emit(bucket, S3EventDraft.RaisedByS3("LifecycleTransition", version) with
        {
            TransitionStorageClass = target,
        });
        return true;
    }

    private bool ApplyToNoncurrent(Bucket bucket, ObjectVersion version, LifecycleRule rule, DateTimeOffset now)
    {
        if (version.IsDeleteMarker || rule.NoncurrentDays is not { } days || version.SimulatedNoncurrentSince is not { } since || now < LifecycleTime.Due(since, days))
        {
            return false;
        }

        ObjectWriter.RemovePermanently(_services, bucket, version.Key, version.VersionId, reportVersionId: !version.IsNullVersion, "LifecycleExpiration:Delete", RequestIdentity.Service());
        return true;
    }

    private static int DepthOf(string storageClass) => Math.Max(0, Array.IndexOf(Depth, storageClass));
}
