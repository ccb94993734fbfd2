namespace S3NotifyConformance.Targets;

/// <summary>Names an S3 REST request by its API operation (path style), for messages about calls that went unanswered:
/// <c>S3 PutObject PUT /bucket/key</c>.</summary>
public static class S3OperationNames
{
    /// <summary>The operation name followed by method and path (with the subresource, without values).</summary>
    public static string Of(HttpRequestMessage request)
    {
        var uri = request.RequestUri;
        var path = uri?.AbsolutePath ?? "/";
        var query = (uri?.Query ?? string.Empty).TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=')[0]).ToHashSet(StringComparer.Ordinal);
        var onObject = path.Trim('/').Contains('/');
        var method = request.Method.Method;
        var copy = request.Headers.Contains("x-amz-copy-source");
        var name = Name(method, path == "/", onObject, query, copy);
        var subresource = query.FirstOrDefault(q => !q.StartsWith("X-Amz-", StringComparison.Ordinal) && q is not ("list-type" or "prefix" or "max-keys" or "key-marker" or "version-id-marker" or "continuation-token"));
        return $"S3 {name} {method} {path}{(subresource is null ? string.Empty : "?" + subresource)}";
    }

    private static string Name(string method, bool root, bool onObject, HashSet<string> query, bool copy)
    {
        string Sub(string get, string put, string delete) => method switch { "GET" => get, "PUT" => put, "DELETE" => delete, _ => method };
        if (root)
        {
            return "ListBuckets";
        }

        if (query.Contains("uploadId"))
        {
            return method switch { "PUT" => copy ? "UploadPartCopy" : "UploadPart", "POST" => "CompleteMultipartUpload", "DELETE" => "AbortMultipartUpload", _ => "ListParts" };
        }

        if (query.Contains("uploads"))
        {
            return onObject ? "CreateMultipartUpload" : "ListMultipartUploads";
        }

        if (query.Contains("notification"))
        {
            return Sub("GetBucketNotificationConfiguration", "PutBucketNotificationConfiguration", "DeleteBucketNotification");
        }

        if (query.Contains("tagging"))
        {
            return onObject ? Sub("GetObjectTagging", "PutObjectTagging", "DeleteObjectTagging") : Sub("GetBucketTagging", "PutBucketTagging", "DeleteBucketTagging");
        }

        if (query.Contains("acl"))
        {
            return onObject ? Sub("GetObjectAcl", "PutObjectAcl", method) : Sub("GetBucketAcl", "PutBucketAcl", method);
        }

        foreach (var (sub, get, put, delete) in new[]
        {
            ("versioning", "GetBucketVersioning", "PutBucketVersioning", "DELETE"),
            ("lifecycle", "GetBucketLifecycleConfiguration", "PutBucketLifecycleConfiguration", "DeleteBucketLifecycle"),
            ("replication", "GetBucketReplication", "PutBucketReplication", "DeleteBucketReplication"),
            ("intelligent-tiering", "GetBucketIntelligentTieringConfiguration", "PutBucketIntelligentTieringConfiguration", "DeleteBucketIntelligentTieringConfiguration"),
            ("policy", "GetBucketPolicy", "PutBucketPolicy", "DeleteBucketPolicy"),
        })
        {
            if (query.Contains(sub))
            {
                return Sub(get, put, delete);
            }
        }

        if (query.Contains("versions"))
        {
            return "ListObjectVersions";
        }

        if (query.Contains("delete") && method == "POST")
        {
            return "DeleteObjects";
        }

        if (query.Contains("restore"))
        {
            return "RestoreObject";
        }

        if (!onObject)
        {
            return method switch
            {
                "PUT" => "CreateBucket", "DELETE" => "DeleteBucket", "HEAD" => "HeadBucket", "POST" => "PostObject",
                _ => query.Contains("list-type") ? "ListObjectsV2" : "ListObjects",
            };
        }

        return method switch { "PUT" => copy ? "CopyObject" : "PutObject", "GET" => "GetObject", "HEAD" => "HeadObject", "DELETE" => "DeleteObject", _ => method };
    }
}
