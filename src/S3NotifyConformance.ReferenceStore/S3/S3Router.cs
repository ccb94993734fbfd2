using S3NotifyConformance.ReferenceStore.Authentication;
using S3NotifyConformance.ReferenceStore.Hosting;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>Maps a path-style S3 request (method, bucket, key, sub-resource) to its operation handler.</summary>
internal static class S3Router
{
    /// <summary>Runs the operation and turns S3Exceptions into XML errors.</summary>
    public static async Task HandleAsync(HttpContext http, StoreServices services, string path, CredentialScope? scope, RequestRejection? rejection)
    {
        var (bucket, key) = SplitPath(path);
        var identity = new RequestIdentity(
            Identifiers.NewS3RequestId(),
            Identifiers.NewHostId(),
            scope is null ? "anonymous" : Identifiers.PrincipalForAccessKey(scope.AccessKey),
            SourceIp(http),
            http.Request.Headers["X-Amzn-Trace-Id"].ToString() is { Length: > 0 } trace ? trace : null);
        http.Response.Headers["x-amz-request-id"] = identity.RequestId;
        http.Response.Headers["x-amz-id-2"] = identity.HostId;
        http.Response.Headers.Server = "AmazonS3";
        var request = new S3Request(http, services, bucket, key, identity);
        try
        {
            if (rejection is not null)
            {
                throw new RejectedRequestException(rejection);
            }

            await Dispatch(request);
        }
        catch (S3Exception exception) when (!http.Response.HasStarted)
        {
            await S3Response.ErrorAsync(http, exception.Error, identity.RequestId, identity.HostId);
        }
        catch (RejectedRequestException exception) when (!http.Response.HasStarted)
        {
            await S3Response.ErrorAsync(http, S3Error.Rejected(exception.Rejection), identity.RequestId, identity.HostId);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge && !http.Response.HasStarted)
        {
            http.Response.Headers.Connection = "close";
            var max = services.Configuration.MaxBodyBytes;
            await S3Response.ErrorAsync(http, S3Error.Rejected(RequestRejection.BodyTooLarge(RequestGate.WireLimit(max) + 1, max)), identity.RequestId, identity.HostId);
        }
        catch (Exception exception) when (UnexpectedFailure.Is(http, exception))
        {
            Console.Error.WriteLine($"[refstore] {http.Request.Method} {path} failed: {exception}");
            await S3Response.ErrorAsync(http, S3Error.New(500, "InternalError", "We encountered an internal error. Please try again."), identity.RequestId, identity.HostId);
        }
    }

    /// <summary>The client IP; IPv4-mapped IPv6 addresses are shown as IPv4.</summary>
    public static string SourceIp(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress;
        return address is null ? "127.0.0.1" : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
    }

    private static (string? Bucket, string? Key) SplitPath(string path)
    {
        var trimmed = path.TrimStart('/');
        if (trimmed.Length == 0)
        {
            return (null, null);
        }

        var slash = trimmed.IndexOf('/');
        if (slash < 0)
        {
            return (Uri.UnescapeDataString(trimmed), null);
        }

        var key = trimmed[(slash + 1)..];
        return (Uri.UnescapeDataString(trimmed[..slash]), key.Length == 0 ? null : Uri.UnescapeDataString(key));
    }

    private static Task Dispatch(S3Request r)
    {
        var method = r.Http.Request.Method;
        if (r.BucketName is null)
        {
            return HttpMethods.IsGet(method) ? ListBucketsHandler.HandleAsync(r) : NotImplemented(method + " /");
        }

        return r.Key is null ? DispatchBucket(r, method) : DispatchObject(r, method);
    }

    private static Task DispatchBucket(S3Request r, string method) => method switch
    {
        "PUT" when r.Has("versioning") => BucketVersioningHandler.PutAsync(r),
        "PUT" when r.Has("notification") => BucketNotificationConfigurationHandler.PutAsync(r),
        "PUT" when r.Has("lifecycle") => BucketLifecycleHandler.PutAsync(r),
        "PUT" when r.Has("replication") => BucketReplicationHandler.PutAsync(r),
        "PUT" when r.Has("intelligent-tiering") => BucketIntelligentTieringHandler.PutAsync(r),
        "PUT" when !HasAnySubresource(r) => CreateBucketHandler.HandleAsync(r),
        "GET" when r.Has("versioning") => BucketVersioningHandler.GetAsync(r),
        "GET" when r.Has("notification") => BucketNotificationConfigurationHandler.GetAsync(r),
        "GET" when r.Has("location") => HeadBucketHandler.GetLocationAsync(r),
        "GET" when r.Has("lifecycle") => BucketLifecycleHandler.GetAsync(r),
        "GET" when r.Has("replication") => BucketReplicationHandler.GetAsync(r),
        "GET" when r.Has("intelligent-tiering") => BucketIntelligentTieringHandler.GetAsync(r),
        "GET" when r.Has("versions") => ListObjectVersionsHandler.HandleAsync(r),
        "GET" when r.Has("uploads") => CreateMultipartUploadHandler.ListAsync(r),
        "GET" when !HasOtherSubresource(r) => ListObjectsHandler.HandleAsync(r),
        "HEAD" => HeadBucketHandler.HeadAsync(r),
        "DELETE" when r.Has("lifecycle") => BucketLifecycleHandler.DeleteAsync(r),
        "DELETE" when r.Has("replication") => BucketReplicationHandler.DeleteAsync(r),
        "DELETE" when r.Has("intelligent-tiering") => BucketIntelligentTieringHandler.DeleteAsync(r),
        "DELETE" when !HasAnySubresource(r) => DeleteBucketHandler.HandleAsync(r),
        "POST" when r.Has("delete") => DeleteObjectsHandler.HandleAsync(r),
        "POST" when r.Http.Request.HasFormContentType => PostObjectHandler.HandleAsync(r),
        _ => NotImplemented($"{method} /{{bucket}}?{string.Join('&', r.Http.Request.Query.Keys)}"),
    };

    private static Task DispatchObject(S3Request r, string method) => method switch
    {
        "PUT" when r.Has("tagging") => ObjectTaggingHandler.PutAsync(r),
        "PUT" when r.Has("acl") => ObjectAclHandler.PutAsync(r),
        "PUT" when r.Has("uploadId") && r.Has("partNumber") => UploadPartHandler.HandleAsync(r),
        "PUT" when r.Header("x-amz-copy-source") is not null => CopyObjectHandler.HandleAsync(r),
        "PUT" => PutObjectHandler.HandleAsync(r),
        "GET" when r.Has("tagging") => ObjectTaggingHandler.GetAsync(r),
        "GET" when r.Has("acl") => ObjectAclHandler.GetAsync(r),
        "GET" or "HEAD" when !r.Has("uploadId") => GetObjectHandler.HandleAsync(r),
        "DELETE" when r.Has("tagging") => ObjectTaggingHandler.DeleteAsync(r),
        "DELETE" when r.Has("uploadId") => CompleteMultipartUploadHandler.AbortAsync(r),
        "DELETE" => DeleteObjectHandler.HandleAsync(r),
        "POST" when r.Has("uploads") => CreateMultipartUploadHandler.HandleAsync(r),
        "POST" when r.Has("uploadId") => CompleteMultipartUploadHandler.HandleAsync(r),
        "POST" when r.Has("restore") => RestoreObjectHandler.HandleAsync(r),
        _ => NotImplemented($"{method} /{{bucket}}/{{key}}?{string.Join('&', r.Http.Request.Query.Keys)}"),
    };

    private static bool HasAnySubresource(S3Request r) =>
        r.Http.Request.Query.Keys.Any(k => !k.StartsWith("X-Amz-", StringComparison.OrdinalIgnoreCase) && k != "x-id");

    private static bool HasOtherSubresource(S3Request r) =>
        r.Http.Request.Query.Keys.Any(k => k is "acl" or "policy" or "cors" or "website" or "tagging" or "logging" or "encryption" or "ownershipControls" or "publicAccessBlock" or "object-lock" or "accelerate" or "requestPayment" or "analytics" or "metrics" or "inventory");

    private static Task NotImplemented(string what) => throw new S3Exception(S3Error.NotImplemented(what));
}
