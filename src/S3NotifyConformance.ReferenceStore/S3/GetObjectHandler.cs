using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>GetObject and HeadObject: GET/HEAD /bucket/key with versionId, Range, partNumber and response-* overrides.</summary>
internal static class GetObjectHandler
{
    private static readonly (string Query, string Header)[] Overrides =
    [
        ("response-content-type", "Content-Type"), ("response-content-disposition", "Content-Disposition"),
        ("response-content-encoding", "Content-Encoding"), ("response-content-language", "Content-Language"),
        ("response-cache-control", "Cache-Control"), ("response-expires", "Expires"),
    ];

    /// <summary>Handles GET and HEAD.</summary>
    public static async Task HandleAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        var key = request.RequireKey();
        var version = ObjectLookup.Require(request, bucket, key, request.VersionId);
        var isHead = HttpMethods.IsHead(request.Http.Request.Method);
        if (version.IsLost)
        {
            // A lost REDUCED_REDUNDANCY object answers 405 (inferred).
            throw new S3Exception(S3Error.MethodNotAllowed(request.Http.Request.Method, "Object"));
        }

        if (!isHead && version.IsArchived)
        {
            throw new S3Exception(S3Error.InvalidObjectState(version.ArchiveTier ?? version.StorageClass));
        }

        if (CheckPreconditions(request, version) is { } status)
        {
            request.Http.Response.Headers.ETag = S3Xml.Quoted(version.ETag);
            await S3Response.EmptyAsync(request, status);
            return;
        }

        TouchForTiering(request, bucket, version);
        var (offset, length, partial) = ObjectRange.Resolve(request, version);
        WriteHeaders(request, bucket, version);
        var response = request.Http.Response;
        if (!partial && version.Checksum is { } checksum && request.Header("x-amz-checksum-mode") == "ENABLED")
        {
            response.Headers[checksum.Key] = checksum.Value;
        }

        if (partial)
        {
            response.Headers.ContentRange = $"bytes {offset}-{offset + length - 1}/{version.Size}";
        }

        response.StatusCode = partial ? 206 : 200;
        response.ContentLength = length;
        if (!isHead && length > 0)
        {
            await response.Body.WriteAsync(version.Content.AsMemory((int)offset, (int)length), request.Aborted);
        }
    }

    /// <summary>Object headers shared by GET and HEAD.</summary>
    public static void WriteHeaders(S3Request request, Bucket bucket, ObjectVersion version)
    {
        var headers = request.Http.Response.Headers;
        headers.ETag = S3Xml.Quoted(version.ETag);
        headers.LastModified = version.LastModified.ToString("R", CultureInfo.InvariantCulture);
        headers.ContentType = version.ContentType;
        headers.AcceptRanges = "bytes";
        headers["x-amz-server-side-encryption"] = "AES256";
        foreach (var (name, value) in version.Headers)
        {
            headers[name] = value;
        }

        foreach (var (name, value) in version.Metadata)
        {
            headers["x-amz-meta-" + name] = value;
        }

        foreach (var (query, header) in Overrides)
        {
            if (request.Query(query) is { } value)
            {
                headers[header] = value;
            }
        }

        if (bucket.Versioning != VersioningStatus.Unversioned)
        {
            headers["x-amz-version-id"] = version.VersionId;
        }

        if (version.StorageClass != "STANDARD")
        {
            headers["x-amz-storage-class"] = version.StorageClass;
        }

        if (version.Tags.Count > 0)
        {
            headers["x-amz-tagging-count"] = version.Tags.Count.ToString(CultureInfo.InvariantCulture);
        }

        if (version.PartSizes is { } parts)
        {
            headers["x-amz-mp-parts-count"] = parts.Count.ToString(CultureInfo.InvariantCulture);
        }

        if (version.Restore is { } restore)
        {
            headers["x-amz-restore"] = restore.InProgress
                ? "ongoing-request=\"true\""
                : $"ongoing-request=\"false\", expiry-date=\"{restore.ExpiryDate?.ToString("R", CultureInfo.InvariantCulture)}\"";
        }

        if (version.ArchiveTier is { } tier)
        {
            headers["x-amz-archive-status"] = tier;
        }

        if (version.ReplicationStatus is { } replication)
        {
            headers["x-amz-replication-status"] = replication;
        }
    }

    private static int? CheckPreconditions(S3Request request, ObjectVersion version)
    {
        var quoted = S3Xml.Quoted(version.ETag);
        if (request.Header("If-Match") is { } match && match != "*" && match.Trim() != quoted && match.Trim() != version.ETag)
        {
            throw new S3Exception(S3Error.New(412, "PreconditionFailed", "At least one of the pre-conditions you specified did not hold", ("Condition", "If-Match")));
        }

        if (request.Header("If-None-Match") is { } noneMatch && (noneMatch == "*" || noneMatch.Trim() == quoted || noneMatch.Trim() == version.ETag))
        {
            return 304;
        }

        return null;
    }

    private static void TouchForTiering(S3Request request, Bucket bucket, ObjectVersion version)
    {
        if (version.StorageClass == "INTELLIGENT_TIERING" && version.ArchiveTier is null && !HttpMethods.IsHead(request.Http.Request.Method))
        {
            lock (bucket.Gate)
            {
                bucket.ReplaceVersion(version with { SimulatedLastAccess = request.Services.Clock.Now });
            }
        }
    }
}
