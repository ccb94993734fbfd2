namespace S3NotifyConformance.ReferenceStore;

/// <summary>Ways the store can mishandle a capability while answering 200, as some S3 emulators do, so the harness's
/// capability probe can be tested against a known answer. All off by default; delivery faults are <see cref="DeliveryFaults"/>.</summary>
/// <param name="TaggingOverwritesContent">PutObjectTagging replaces the object's bytes with the request body (its ETag follows).</param>
/// <param name="VersioningIgnored">PutBucketVersioning answers 200 and leaves the bucket's versioning state unchanged.</param>
public sealed record CapabilityFaults(bool TaggingOverwritesContent = false, bool VersioningIgnored = false)
{
    /// <summary>No capability faults.</summary>
    public static CapabilityFaults None { get; } = new();
}
