namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>PutObject: PUT /bucket/key → ObjectCreated:Put (SQS::test_object_created_put).</summary>
internal static class PutObjectHandler
{
    /// <summary>Handles the request.</summary>
    public static async Task HandleAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        var key = request.RequireKey();
        var (content, checksum) = await ObjectPayload.ReadWithChecksumAsync(request);
        if (request.Header("If-None-Match") == "*" && bucket.GetLatest(key) is { IsDeleteMarker: false })
        {
            throw new S3Exception(S3Error.New(412, "PreconditionFailed", "At least one of the pre-conditions you specified did not hold", ("Condition", "If-None-Match")));
        }

        var template = ObjectMetadata.FromHeaders(request, key) with { Content = content, ETag = ObjectPayload.ETagOf(content), Checksum = checksum };
        var version = ObjectWriter.Commit(request.Services, bucket, template, "ObjectCreated:Put", request.Identity);
        var headers = request.Http.Response.Headers;
        headers.ETag = S3Xml.Quoted(version.ETag);
        headers["x-amz-server-side-encryption"] = "AES256";
        if (version.Checksum is { } echoed)
        {
            headers[echoed.Key] = echoed.Value;
        }

        S3Response.VersionHeader(request, version.VersionId);
        await S3Response.EmptyAsync(request);
    }
}
