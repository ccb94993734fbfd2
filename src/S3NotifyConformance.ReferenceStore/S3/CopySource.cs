using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>The x-amz-copy-source header: "/bucket/key?versionId=..." with a URL-encoded key.</summary>
/// <param name="Bucket">The source bucket.</param>
/// <param name="Version">The source version.</param>
internal sealed record CopySource(Bucket Bucket, ObjectVersion Version)
{
    /// <summary>Resolves the header to a readable source version.</summary>
    public static CopySource Resolve(S3Request request)
    {
        var header = request.Header("x-amz-copy-source") ?? string.Empty;
        string? versionId = null;
        var question = header.IndexOf('?');
        if (question >= 0)
        {
            var query = header[(question + 1)..];
            if (query.StartsWith("versionId=", StringComparison.Ordinal))
            {
                versionId = Uri.UnescapeDataString(query["versionId=".Length..]);
            }

            header = header[..question];
        }

        var path = Uri.UnescapeDataString(header).TrimStart('/');
        var slash = path.IndexOf('/');
        if (slash <= 0 || slash == path.Length - 1)
        {
            throw new S3Exception(S3Error.InvalidArgument("Copy Source must mention the source bucket and key: sourcebucket/sourcekey", "x-amz-copy-source", header));
        }

        var bucket = request.Services.Buckets.Find(path[..slash]) ?? throw new S3Exception(S3Error.NoSuchBucket(path[..slash]));
        var key = path[(slash + 1)..];
        var version = versionId is null ? bucket.GetLatest(key) : bucket.GetVersion(key, versionId);
        if (version is null)
        {
            throw new S3Exception(versionId is null ? S3Error.NoSuchKey(key) : S3Error.NoSuchVersion(key, versionId));
        }

        if (version.IsDeleteMarker)
        {
            throw new S3Exception(versionId is null
                ? S3Error.NoSuchKey(key)
                : S3Error.InvalidRequest("The source of a copy request may not specifically refer to a delete marker by version id."));
        }

        if (version.IsArchived)
        {
            throw new S3Exception(S3Error.InvalidObjectState(version.StorageClass));
        }

        return new CopySource(bucket, version);
    }
}
