using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>DeleteBucket: DELETE /bucket; BucketNotEmpty while any object, version or delete marker remains.</summary>
internal static class DeleteBucketHandler
{
    /// <summary>Handles the request.</summary>
    public static Task HandleAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        lock (bucket.Gate)
        {
            if (!bucket.IsEmpty)
            {
                throw new S3Exception(S3Error.BucketNotEmpty(bucket.Name, bucket.Versioning != VersioningStatus.Unversioned));
            }

            request.Services.Buckets.Remove(bucket.Name);
        }

        return S3Response.EmptyAsync(request, 204);
    }
}
