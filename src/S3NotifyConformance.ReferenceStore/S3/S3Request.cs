using S3NotifyConformance.ReferenceStore.Authentication;
using S3NotifyConformance.ReferenceStore.Hosting;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>One path-style S3 request: bucket, key, identity and the HTTP context.</summary>
internal sealed class S3Request
{
    /// <summary>Creates a request.</summary>
    public S3Request(HttpContext http, StoreServices services, string? bucketName, string? key, RequestIdentity identity)
    {
        Http = http;
        Services = services;
        BucketName = bucketName;
        Key = key;
        Identity = identity;
    }

    /// <summary>The HTTP context.</summary>
    public HttpContext Http { get; }

    /// <summary>Shared store state.</summary>
    public StoreServices Services { get; }

    /// <summary>The bucket segment, or null for service-level requests.</summary>
    public string? BucketName { get; }

    /// <summary>The decoded key, or null for bucket-level requests.</summary>
    public string? Key { get; }

    /// <summary>Request ids and requester.</summary>
    public RequestIdentity Identity { get; set; }

    /// <summary>Cancelled when the client goes away or the store stops.</summary>
    public CancellationToken Aborted => Http.RequestAborted;

    /// <summary>The bucket, or NoSuchBucket.</summary>
    public Bucket RequireBucket() =>
        Services.Buckets.Find(BucketName!) ?? throw new S3Exception(S3Error.NoSuchBucket(BucketName!));

    /// <summary>The decoded key (handlers that need one are only routed with one).</summary>
    public string RequireKey() => Key!;

    /// <summary>True when the query string has this parameter (with or without a value).</summary>
    public bool Has(string name) => Http.Request.Query.ContainsKey(name);

    /// <summary>The query parameter value, or null.</summary>
    public string? Query(string name) => Http.Request.Query.TryGetValue(name, out var value) ? value.ToString() : null;

    /// <summary>The header value, or null when absent.</summary>
    public string? Header(string name) => Http.Request.Headers.TryGetValue(name, out var value) ? value.ToString() : null;

    /// <summary>The whole body (at most the store's limit plus aws-chunked framing); a hex x-amz-content-sha256 is checked
    /// against it when signatures are verified.</summary>
    public async Task<byte[]> ReadBodyAsync()
    {
        var body = await RequestBody.ReadAllAsync(Http.Request, RequestGate.WireLimit(Services.Configuration.MaxBodyBytes), Aborted);
        if (Services.Configuration.VerifySignatures && Header("x-amz-content-sha256") is { Length: 64 } declared && declared.All(char.IsAsciiHexDigit))
        {
            var computed = SigV4Canonical.Sha256Hex(body);
            if (!string.Equals(declared, computed, StringComparison.OrdinalIgnoreCase))
            {
                throw new RejectedRequestException(RequestRejection.Of(RejectionKind.ContentSha256Mismatch, null, ("ClientComputedContentSHA256", declared), ("S3ComputedContentSHA256", computed)));
            }
        }

        return body;
    }

    /// <summary>The versionId query parameter; "null" addresses the null version.</summary>
    public string? VersionId => Query("versionId") is { Length: > 0 } v ? v : null;
}
