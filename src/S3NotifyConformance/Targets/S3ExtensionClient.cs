using System.Net.Http.Headers;
using Amazon.Runtime;

namespace S3NotifyConformance.Targets;

/// <summary>S3 calls the AWS SDK has no method for (or cannot send as written), signed with SigV4: Ceph RGW's
/// <c>DELETE /BUCKET?notification</c>, which removes every notification configuration of a bucket (RGW rejects the empty
/// PutBucketNotificationConfiguration AWS uses), and a configuration PUT with literal XML.</summary>
public sealed class S3ExtensionClient(Uri endpoint, string region, AWSCredentials credentials, StoreCallMonitor calls)
{
    private readonly HttpClient _http = calls.Http;
    private readonly SigV4Signer _signer = new(region, "s3", credentials);

    /// <summary>A client for a target's S3 endpoint, its calls bounded by the target's <see cref="TargetConnection.Calls"/>.</summary>
    public static S3ExtensionClient For(TargetConnection target) => new(target.Endpoints.S3, target.Region, target.Credentials, target.Calls);

    /// <summary>Deletes every notification configuration of a path-style bucket; throws <see cref="HttpRequestException"/> on an error answer.</summary>
    public async Task DeleteBucketNotificationsAsync(string bucket, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(HttpMethod.Delete, bucket, "notification", [], null, cancellationToken);
        if (!answer.Succeeded)
        {
            var body = answer.Body;
            throw new HttpRequestException($"DELETE /{bucket}?notification: HTTP {answer.Status} {(body.Length > 200 ? body[..200] : body)}", null, (System.Net.HttpStatusCode)answer.Status);
        }
    }

    /// <summary>PUT ?notification with a literal XML body; the answer is returned, error or not.</summary>
    public Task<S3RawAnswer> PutBucketNotificationXmlAsync(string bucket, byte[] xml, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, bucket, "notification", xml, "application/xml", cancellationToken);

    private async Task<S3RawAnswer> SendAsync(HttpMethod method, string bucket, string subresource, byte[] body, string? contentType, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(endpoint, $"/{Uri.EscapeDataString(bucket)}?{subresource}")) { Content = new ByteArrayContent(body) };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        request.Options.Set(StoreCallDeadlineHandler.OperationKey, $"S3 {(method == HttpMethod.Delete ? "DeleteBucketNotification" : "PutBucketNotificationConfiguration")} {method} /{bucket}?{subresource}");
        await _signer.SignAsync(request, body, cancellationToken);
        using var response = await _http.SendAsync(request, cancellationToken);
        var requestId = response.Headers.TryGetValues("x-amz-request-id", out var ids) ? ids.First() : null;
        return new S3RawAnswer((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken), requestId);
    }
}
