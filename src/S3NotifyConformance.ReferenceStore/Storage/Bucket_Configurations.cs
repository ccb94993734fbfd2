namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>Bucket-level configurations driven by the accelerated clock.</summary>
internal sealed partial class Bucket
{
    /// <summary>Lifecycle configuration, or null.</summary>
    public LifecycleConfiguration? Lifecycle { get; set; }

    /// <summary>Replication configuration, or null.</summary>
    public ReplicationConfiguration? Replication { get; set; }

    /// <summary>Intelligent-Tiering configurations by id.</summary>
    public ConcurrentDictionary<string, IntelligentTieringConfiguration> IntelligentTiering { get; } = new(StringComparer.Ordinal);
}
