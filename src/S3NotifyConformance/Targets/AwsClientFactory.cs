using Amazon.Runtime;
using Amazon.S3;
using Amazon.SQS;

namespace S3NotifyConformance.Targets;

/// <summary>Creates AWS SDK clients for a target, configured for S3-compatible stores (path style, checksums only when required).</summary>
public static class AwsClientFactory
{
    /// <summary>Raw S3 error bodies by request id, for judging Argument fields (see <see cref="ErrorBodyCapture"/>).</summary>
    public static ErrorBodyCapture S3Errors { get; } = new();

    /// <summary>An S3 client; <paramref name="maxErrorRetry"/> 0 makes a reachability probe fail fast.</summary>
    public static IAmazonS3 CreateS3(TargetConnection target, int maxErrorRetry = 2) =>
        new AmazonS3Client(target.Credentials, new AmazonS3Config
        {
            ServiceURL = target.Endpoints.S3.ToString(),
            ForcePathStyle = true,
            AuthenticationRegion = target.Region,
            // Many S3-compatible stores (Ceph 16 among them) reject the SDK v4 default trailing checksums.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            MaxErrorRetry = maxErrorRetry,
            Timeout = TimeSpan.FromSeconds(30),
            ConnectTimeout = TimeSpan.FromSeconds(3),
            HttpClientFactory = S3Errors,
        });

    /// <summary>An SQS client, or an error when the target has no SQS endpoint.</summary>
    public static IAmazonSQS CreateSqs(TargetConnection target, int maxErrorRetry = 2) =>
        new AmazonSQSClient(target.Credentials, new AmazonSQSConfig
        {
            ServiceURL = (target.Endpoints.Sqs ?? throw new TargetSetupException($"target '{target.Name}' has no SQS endpoint")).ToString(),
            AuthenticationRegion = target.Region,
            MaxErrorRetry = maxErrorRetry,
            Timeout = TimeSpan.FromSeconds(40),
            ConnectTimeout = TimeSpan.FromSeconds(3),
        });

    /// <summary>An SNS Query API client, or an error when the target has no SNS endpoint. A push target's topic API (Ceph
    /// RGW's) gets one call at a time.</summary>
    public static SnsQueryClient CreateSns(TargetConnection target) =>
        new(target.Endpoints.Sns ?? throw new TargetSetupException($"target '{target.Name}' has no SNS endpoint"), target.Region, target.Credentials,
            oneCallAtATime: target.DeliveryPath == DeliveryPath.HttpPush);
}
