using Amazon.Runtime;

namespace S3NotifyConformance.Targets;

/// <summary>S3 calls the AWS SDK has no method for, signed with SigV4: Ceph RGW's <c>DELETE /BUCKET?notification</c>, which
/// removes every notification configuration of a bucket (RGW rejects the empty PutBucketNotificationConfiguration AWS uses).</summary>
public sealed class S3ExtensionClient(Uri endpoint, string region, AWSCredentials credentials)
{
    private static readonly HttpClient SharedHttp = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly SigV4Signer _signer = new(region, "s3", credentials);

    /// <summary>A client for a target's S3 endpoint.</summary>
    public static S3ExtensionClient For(TargetConnection target) => new(target.Endpoints.S3, target.Region, target.Credentials);

    /// <summary>Deletes every notification configuration of a path-style bucket; throws <see cref="HttpRequestException"/> on an error answer.</summary>
    public async Task DeleteBucketNotificationsAsync(string bucket, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, new Uri(endpoint, $"/{Uri.EscapeDataString(bucket)}?notification"));
        await _signer.SignAsync(request, [], cancellationToken);
        using var response = await SharedHttp.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"DELETE /{bucket}?notification: HTTP {(int)response.StatusCode} {(body.Length > 200 ? body[..200] : body)}", null, response.StatusCode);
        }
    }
}
