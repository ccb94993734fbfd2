using S3NotifyConformance.ReferenceStore.Hosting;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.Replication;

/// <summary>Replicates new versions to destination buckets on the accelerated clock (phase 2).</summary>
internal sealed class ReplicationEngine
{
    /// <summary>Marks a version PENDING when a rule selects it (call under the bucket lock).</summary>
    public ObjectVersion Prepare(Bucket bucket, ObjectVersion version) => version;

    /// <summary>Schedules replication of a committed version.</summary>
    public void Schedule(Bucket bucket, ObjectVersion version, RequestIdentity identity)
    {
    }
}
