namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>Phase 2 placeholder.</summary>
internal static class BucketLifecycleHandler
{
    /// <summary>PUT.</summary>
    public static Task PutAsync(S3Request request) => throw new S3Exception(S3Error.NotImplemented("BucketLifecycleHandler"));

    /// <summary>GET.</summary>
    public static Task GetAsync(S3Request request) => throw new S3Exception(S3Error.NotImplemented("BucketLifecycleHandler"));

    /// <summary>DELETE.</summary>
    public static Task DeleteAsync(S3Request request) => throw new S3Exception(S3Error.NotImplemented("BucketLifecycleHandler"));
}
