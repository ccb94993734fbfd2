using System.Net.Http.Headers;
using Amazon.Runtime;

namespace S3NotifyConformance.Targets;

/// <summary>S3 calls the AWS SDK has no method for (or cannot send as written), signed with SigV4: Ceph RGW's
/// <c>DELETE /BUCKET?notification</c>, which removes every notification configuration of a bucket (RGW rejects the empty
/// PutBucketNotificationConfiguration AWS uses), a configuration PUT with literal XML, and a PutObject of a key the SDK
/// for .NET rewrites (it drops a key's leading '/', so <c>/testdata</c> would be stored as <c>testdata</c>).</summary>
public sealed class S3ExtensionClient(Uri endpoint, string region, AWSCredentials credentials, StoreCallMonitor calls)
{
    private readonly HttpClient _http = calls.Http;
    private readonly SigV4Signer _signer = new(region, "s3", credentials);

    /// <summary>A client for a target's S3 endpoint, its calls bounded by the target's <see cref="TargetConnection.Calls"/>.</summary>
    public static S3ExtensionClient For(TargetConnection target) => new(target.Endpoints.S3, target.Region, target.Credentials, target.Calls);

    /// <summary>Deletes every notification configuration of a path-style bucket; throws <see cref="HttpRequestException"/> on an error answer.</summary>
    public async Task DeleteBucketNotificationsAsync(string bucket, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(HttpMethod.Delete, $"/{Uri.EscapeDataString(bucket)}?notification", "DeleteBucketNotification", [], null, cancellationToken);
        if (!answer.Succeeded)
        {
            var body = answer.Body;
            throw new HttpRequestException($"DELETE /{bucket}?notification: HTTP {answer.Status} {(body.Length > 200 ? body[..200] : body)}", null, (System.Net.HttpStatusCode)answer.Status);
        }
    }

    /// <summary>PUT ?notification with a literal XML body; the answer is returned, error or not.</summary>
    public Task<S3RawAnswer> PutBucketNotificationXmlAsync(string bucket, byte[] xml, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"/{Uri.EscapeDataString(bucket)}?notification", "PutBucketNotificationConfiguration", xml, "application/xml", cancellationToken);

    /// <summary>PutObject of <paramref name="key"/> exactly as written, as boto3 and the AWS CLI send it: the path is
    /// <c>/bucket/</c> followed by the key with each '/'-separated segment URI-encoded, so a leading '/' makes
    /// <c>/bucket//key</c>, signed over that same path (S3 does not normalise paths). <paramref name="headers"/> go out as
    /// given (<c>x-amz-storage-class</c> is signed, as every <c>x-amz-</c> header). The answer is returned, error or not.</summary>
    public Task<S3RawAnswer> PutObjectAsync(string bucket, string key, byte[] body, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Put, $"/{Uri.EscapeDataString(bucket)}/{ObjectPath(key)}", "PutObject", body, "application/octet-stream", cancellationToken, headers);

    /// <summary>A key as an S3 path: every segment URI-encoded (RFC 3986, as SigV4 canonicalises), the '/' between them kept.</summary>
    public static string ObjectPath(string key) => string.Join('/', key.Split('/').Select(SigV4Signer.Encode));

    private async Task<S3RawAnswer> SendAsync(HttpMethod method, string pathAndQuery, string operation, byte[] body, string? contentType, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(endpoint, pathAndQuery)) { Content = new ByteArrayContent(body) };
        foreach (var (name, value) in headers ?? ImmutableDictionary<string, string>.Empty)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (contentType is not null)
        {
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        request.Options.Set(StoreCallDeadlineHandler.OperationKey, $"S3 {operation} {method} {pathAndQuery}");
        await _signer.SignAsync(request, body, cancellationToken);
        using var response = await _http.SendAsync(request, cancellationToken);
        return new S3RawAnswer((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken), Header(response, "x-amz-request-id"))
        {
            ETag = response.Headers.ETag?.Tag ?? Header(response, "ETag"),
            VersionId = Header(response, "x-amz-version-id"),
        };
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.First() : null;
}
