namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>CopyObject: PUT /bucket/key with x-amz-copy-source → ObjectCreated:Copy for the destination key (SQS::test_object_created_copy).</summary>
internal static class CopyObjectHandler
{
    /// <summary>Handles the request.</summary>
    public static async Task HandleAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        var key = request.RequireKey();
        var source = CopySource.Resolve(request);
        var replaceMetadata = request.Header("x-amz-metadata-directive") == "REPLACE";
        var replaceTags = request.Header("x-amz-tagging-directive") == "REPLACE";
        var headers = ObjectMetadata.FromHeaders(request, key);
        var src = source.Version;
        if (ReferenceEquals(source.Bucket, bucket) && src.Key == key && !replaceMetadata &&
            request.Header("x-amz-storage-class") is null && request.Header("x-amz-server-side-encryption") is null &&
            request.Header("x-amz-website-redirect-location") is null)
        {
            throw new S3Exception(S3Error.InvalidRequest("This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes."));
        }

        // A copy is a new single-part object: its eTag is the MD5 of the content (same as a single-part source, SQS::test_object_created_copy).
        var template = headers with
        {
            Content = src.Content,
            ETag = ObjectPayload.ETagOf(src.Content),
            ContentType = replaceMetadata ? headers.ContentType : src.ContentType,
            Metadata = replaceMetadata ? headers.Metadata : src.Metadata,
            Headers = replaceMetadata ? headers.Headers : src.Headers,
            Tags = replaceTags ? headers.Tags : src.Tags,
            Checksum = src.PartSizes is null ? src.Checksum : null,
        };
        var version = ObjectWriter.Commit(request.Services, bucket, template, "ObjectCreated:Copy", request.Identity);
        if (!src.IsNullVersion)
        {
            request.Http.Response.Headers["x-amz-copy-source-version-id"] = src.VersionId;
        }

        S3Response.VersionHeader(request, version.VersionId);
        await S3Response.XmlAsync(request, S3Xml.E(
            "CopyObjectResult",
            S3Xml.E("LastModified", S3Xml.Time(version.LastModified)),
            S3Xml.E("ETag", S3Xml.Quoted(version.ETag))));
    }
}
