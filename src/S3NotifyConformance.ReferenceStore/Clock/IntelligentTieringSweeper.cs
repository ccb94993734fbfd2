using S3NotifyConformance.ReferenceStore.Hosting;
using S3NotifyConformance.ReferenceStore.Notifications;
using S3NotifyConformance.ReferenceStore.S3;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.Clock;

/// <summary>
/// Moves INTELLIGENT_TIERING objects not read for a configuration's Days into ARCHIVE_ACCESS / DEEP_ARCHIVE_ACCESS
/// and emits s3:IntelligentTiering (eventVersion 2.3, intelligentTieringEventData.destinationAccessTier; documentation-derived).
/// </summary>
internal sealed class IntelligentTieringSweeper
{
    private readonly StoreServices _services;

    /// <summary>Creates the sweeper.</summary>
    public IntelligentTieringSweeper(StoreServices services) => _services = services;

    /// <summary>One pass over buckets with enabled tiering configurations.</summary>
    public void Sweep()
    {
        var now = _services.Clock.Now;
        foreach (var bucket in _services.Buckets.All())
        {
            var configurations = bucket.IntelligentTiering.Values.Where(c => c.Enabled).ToList();
            if (configurations.Count == 0)
            {
                continue;
            }

            lock (bucket.Gate)
            {
                foreach (var version in bucket.SnapshotCurrent())
                {
                    if (version.StorageClass != "INTELLIGENT_TIERING" || version.ArchiveTier == "DEEP_ARCHIVE_ACCESS" || version.Restore is { InProgress: true })
                    {
                        continue;
                    }

                    var idle = now - version.SimulatedLastAccess;
                    var tier = configurations.Where(c => version.Key.StartsWith(c.Prefix, StringComparison.Ordinal))
                        .SelectMany(c => c.Tierings)
                        .Where(t => idle >= TimeSpan.FromDays(t.Days) && t.AccessTier != version.ArchiveTier)
                        .OrderByDescending(t => t.Days)
                        .Select(t => t.AccessTier)
                        .FirstOrDefault();
                    if (tier is null)
                    {
                        continue;
                    }

                    bucket.ReplaceVersion(version with { ArchiveTier = tier });
                    _services.Notifications.Emit(bucket, S3EventDraft.RaisedByS3("IntelligentTiering", version) with
                    {
                        DestinationAccessTier = tier,
                    });
                }
            }
        }
    }
}
