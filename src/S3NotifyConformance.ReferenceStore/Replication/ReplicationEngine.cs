using S3NotifyConformance.ReferenceStore.Clock;
using S3NotifyConformance.ReferenceStore.Hosting;
using S3NotifyConformance.ReferenceStore.Notifications;
using S3NotifyConformance.ReferenceStore.S3;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.Replication;

/// <summary>
/// Replicates new versions to destination buckets in this store after the configured (simulated) replication latency.
/// Trigger rules (documentation-derived, thresholds inferred): destination missing / unversioned at replication time →
/// OperationFailedReplication (DstBucketNotFound / DstBucketUnversioned, needs Metrics); with S3 RTC, latency above the
/// threshold → OperationMissedThreshold at the threshold, then OperationReplicatedAfterThreshold on completion; source
/// version gone before replication → OperationNotTracked (needs Metrics). eventVersion 2.2.
/// </summary>
internal sealed class ReplicationEngine
{
    private readonly StoreServices _services;

    /// <summary>Creates the engine.</summary>
    public ReplicationEngine(StoreServices services) => _services = services;

    /// <summary>Marks a version PENDING when an enabled rule selects it (call under the bucket lock, before storing).</summary>
    public ObjectVersion Prepare(Bucket bucket, ObjectVersion version) =>
        RuleFor(bucket, version) is null ? version : version with { ReplicationStatus = "PENDING" };

    /// <summary>Schedules replication of a committed version and its threshold event.</summary>
    public void Schedule(Bucket bucket, ObjectVersion version, RequestIdentity identity)
    {
        if (RuleFor(bucket, version) is not { } rule)
        {
            return;
        }

        var latency = _services.Configuration.ReplicationLatency;
        if (rule.ReplicationTimeMinutes is { } minutes && latency > TimeSpan.FromMinutes(minutes))
        {
            _services.Scheduler.After(TimeSpan.FromMinutes(minutes), () => Emit(bucket, version, "Replication:OperationMissedThreshold", rule, null, minutes, null));
        }

        _services.Scheduler.After(latency, () => Replicate(bucket, version, rule));
    }

    private ReplicationRule? RuleFor(Bucket bucket, ObjectVersion version) =>
        version.ReplicationStatus == "REPLICA" || version.IsDeleteMarker ? null
            : bucket.Replication?.Rules.FirstOrDefault(r => r.Enabled && version.Key.StartsWith(r.Prefix, StringComparison.Ordinal));

    private void Replicate(Bucket source, ObjectVersion version, ReplicationRule rule)
    {
        var destination = _services.Buckets.Find(rule.DestinationBucket);
        string? failure = destination is null ? "DstBucketNotFound" : destination.Versioning != VersioningStatus.Enabled ? "DstBucketUnversioned" : null;
        lock (source.Gate)
        {
            var current = source.GetVersion(version.Key, version.VersionId);
            if (current is null)
            {
                if (rule.MetricsEnabled)
                {
                    Emit(source, version, "Replication:OperationNotTracked", rule, null, null, null);
                }

                return;
            }

            source.ReplaceVersion(current with { ReplicationStatus = failure is null ? "COMPLETED" : "FAILED" });
            if (failure is not null)
            {
                if (rule.MetricsEnabled)
                {
                    Emit(source, version, "Replication:OperationFailedReplication", rule, failure, null, null);
                }

                return;
            }

            if (rule.ReplicationTimeMinutes is { } minutes && _services.Configuration.ReplicationLatency > TimeSpan.FromMinutes(minutes))
            {
                Emit(source, version, "Replication:OperationReplicatedAfterThreshold", rule, null, minutes, _services.Configuration.ReplicationLatency.TotalMinutes);
            }
        }

        WriteReplica(destination!, version, rule);
    }

    private void WriteReplica(Bucket destination, ObjectVersion version, ReplicationRule rule)
    {
        // Replicas keep the source version id and announce themselves in the destination like a PUT (inferred).
        lock (destination.Gate)
        {
            var now = _services.Clock.Now;
            var replica = version with
            {
                ReplicationStatus = "REPLICA",
                StorageClass = rule.StorageClass ?? version.StorageClass,
                SimulatedCreated = now,
                SimulatedLastAccess = now,
                SimulatedNoncurrentSince = null,
            };
            destination.AddVersion(replica, now);
            _services.Notifications.Emit(destination, S3EventDraft.RaisedByS3("ObjectCreated:Put", replica) with
            {
                Sequencer = _services.Sequencer.Next(),
            });
        }
    }

    private void Emit(Bucket source, ObjectVersion version, string eventName, ReplicationRule rule, string? failure, int? threshold, double? replicationMinutes)
    {
        lock (source.Gate)
        {
            _services.Notifications.Emit(source, S3EventDraft.RaisedByS3(eventName, version) with
            {
                Sequencer = _services.Sequencer.Next(),
                Replication = new ReplicationEventData(rule.Id, rule.DestinationBucketArn, "OBJECT_PUT", version.LastModified, failure, threshold, replicationMinutes),
            });
        }
    }
}
