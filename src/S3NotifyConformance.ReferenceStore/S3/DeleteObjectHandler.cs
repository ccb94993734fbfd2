using S3NotifyConformance.ReferenceStore.Hosting;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>DeleteObject: DELETE /bucket/key[?versionId].</summary>
internal static class DeleteObjectHandler
{
    /// <summary>Handles the request.</summary>
    public static Task HandleAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        VersionIds.Validate(request.VersionId);
        var result = Delete(request.Services, bucket, request.RequireKey(), request.VersionId, request.Identity);
        var headers = request.Http.Response.Headers;
        if (result.DeleteMarker)
        {
            headers["x-amz-delete-marker"] = "true";
        }

        if ((result.VersionId ?? result.DeleteMarkerVersionId) is { } versionId)
        {
            headers["x-amz-version-id"] = versionId;
        }

        return S3Response.EmptyAsync(request, 204);
    }

    /// <summary>
    /// Deletes one key and emits its event (SQS::test_object_created_and_object_removed, SQS::test_object_created_put_versioned): unversioned → ObjectRemoved:Delete, also for a missing key
    /// (inferred, consistent with DeleteObjects [A]); no versionId on a versioned bucket → DeleteMarkerCreated with the
    /// marker's id (a suspended bucket's null marker has none); with versionId → ObjectRemoved:Delete with versionId.
    /// </summary>
    public static DeleteResult Delete(StoreServices services, Bucket bucket, string key, string? versionId, RequestIdentity identity)
    {
        lock (bucket.Gate)
        {
            if (versionId is not null)
            {
                // SQS::test_object_created_put_versioned: the null version never shows a versionId.
                var removed = ObjectWriter.RemovePermanently(services, bucket, key, versionId, reportVersionId: versionId != ObjectVersion.NullVersionId, "ObjectRemoved:Delete", identity);
                var wasMarker = removed?.IsDeleteMarker == true;
                return new DeleteResult(key, versionId, wasMarker, wasMarker ? versionId : null);
            }

            if (bucket.Versioning == VersioningStatus.Unversioned)
            {
                ObjectWriter.RemovePermanently(services, bucket, key, ObjectVersion.NullVersionId, reportVersionId: false, "ObjectRemoved:Delete", identity);
                return new DeleteResult(key, null, false, null);
            }

            var marker = ObjectWriter.AddDeleteMarker(services, bucket, key, "ObjectRemoved:DeleteMarkerCreated", identity);
            return new DeleteResult(key, null, true, marker.VersionId);
        }
    }
}
