using S3NotifyConformance.ReferenceStore.Hosting;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>CreateMultipartUpload (POST ?uploads) and ListMultipartUploads (GET /bucket?uploads).</summary>
internal static class CreateMultipartUploadHandler
{
    /// <summary>Starts an upload; metadata is taken from the headers now and applied on completion.</summary>
    public static Task HandleAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        var key = request.RequireKey();
        var upload = new MultipartUpload(Identifiers.NewUploadId(), key, ObjectMetadata.FromHeaders(request, key), DateTimeOffset.UtcNow);
        bucket.AddUpload(upload);
        return S3Response.XmlAsync(request, S3Xml.E(
            "InitiateMultipartUploadResult",
            S3Xml.E("Bucket", bucket.Name),
            S3Xml.E("Key", key),
            S3Xml.E("UploadId", upload.UploadId)));
    }

    /// <summary>Lists in-progress uploads (single page), for teardown.</summary>
    public static Task ListAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        var prefix = request.Query("prefix") ?? string.Empty;
        var root = S3Xml.E(
            "ListMultipartUploadsResult",
            S3Xml.E("Bucket", bucket.Name),
            S3Xml.E("KeyMarker", string.Empty),
            S3Xml.E("UploadIdMarker", string.Empty),
            S3Xml.E("Prefix", prefix),
            S3Xml.E("MaxUploads", 1000),
            S3Xml.E("IsTruncated", "false"));
        foreach (var upload in bucket.Uploads.Where(u => u.Key.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            root.Add(S3Xml.E(
                "Upload",
                S3Xml.E("Key", upload.Key),
                S3Xml.E("UploadId", upload.UploadId),
                S3Xml.E("Initiator", S3Xml.E("ID", request.Services.OwnerCanonicalId), S3Xml.E("DisplayName", "reference-store")),
                ListBucketsHandler.OwnerElement(request),
                S3Xml.E("StorageClass", upload.Template.StorageClass),
                S3Xml.E("Initiated", S3Xml.Time(upload.Initiated))));
        }

        return S3Response.XmlAsync(request, root);
    }
}
