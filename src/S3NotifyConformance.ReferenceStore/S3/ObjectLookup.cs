using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>Finds the version a request addresses, with S3's errors for missing keys, versions and delete markers.</summary>
internal static class ObjectLookup
{
    /// <summary>The addressed live version; NoSuchKey / NoSuchVersion / MethodNotAllowed (delete marker by id) otherwise.</summary>
    public static ObjectVersion Require(S3Request request, Bucket bucket, string key, string? versionId)
    {
        VersionIds.Validate(versionId);
        var version = versionId is null ? bucket.GetLatest(key) : bucket.GetVersion(key, versionId);
        if (version is null)
        {
            throw new S3Exception(versionId is null || bucket.GetLatest(key) is null ? S3Error.NoSuchKey(key) : S3Error.NoSuchVersion(key, versionId));
        }

        if (version.IsDeleteMarker)
        {
            var headers = request.Http.Response.Headers;
            headers["x-amz-delete-marker"] = "true";
            headers["x-amz-version-id"] = version.VersionId;
            throw new S3Exception(versionId is null ? S3Error.NoSuchKey(key) : S3Error.MethodNotAllowed(request.Http.Request.Method, "DeleteMarker"));
        }

        return version;
    }
}
