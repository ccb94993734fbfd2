using Amazon.Runtime;
using Amazon.S3;
using Amazon.SQS;

namespace S3NotifyConformance.Targets;

/// <summary>Creates AWS SDK clients for a target, configured for S3-compatible stores (path style, checksums only when required).
/// Every request of every client passes the connection's <see cref="StoreCallMonitor"/>: bounded by <c>timing.callTimeout</c>, and
/// the SDK's own timeout and retries set from it, so no call can wait minutes unseen.</summary>
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
            RetryMode = RequestRetryMode.Standard,
            MaxErrorRetry = maxErrorRetry,
            Timeout = SdkTimeout(target.Calls, TimeSpan.Zero),
            ConnectTimeout = ConnectTimeout(target.Calls),
            HttpClientFactory = new StoreHttpClientFactory(target.Calls, S3Errors),
        });

    /// <summary>An SQS client, or an error when the target has no SQS endpoint.</summary>
    public static IAmazonSQS CreateSqs(TargetConnection target, int maxErrorRetry = 2) =>
        new AmazonSQSClient(target.Credentials, new AmazonSQSConfig
        {
            ServiceURL = (target.Endpoints.Sqs ?? throw new TargetSetupException($"target '{target.Name}' has no SQS endpoint")).ToString(),
            AuthenticationRegion = target.Region,
            RetryMode = RequestRetryMode.Standard,
            MaxErrorRetry = maxErrorRetry,
            // A long poll waits up to 20 s (SQS's maximum WaitTimeSeconds) before it answers.
            Timeout = SdkTimeout(target.Calls, TimeSpan.FromSeconds(20)),
            ConnectTimeout = ConnectTimeout(target.Calls),
            HttpClientFactory = new StoreHttpClientFactory(target.Calls),
        });

    /// <summary>An SNS Query API client, or an error when the target has no SNS endpoint. A push target's topic API (Ceph
    /// RGW's) gets one call at a time.</summary>
    public static SnsQueryClient CreateSns(TargetConnection target) =>
        new(target.Endpoints.Sns ?? throw new TargetSetupException($"target '{target.Name}' has no SNS endpoint"), target.Region, target.Credentials,
            oneCallAtATime: target.DeliveryPath is DeliveryPath.HttpPush or DeliveryPath.Amqp, calls: target.Calls);

    /// <summary>An EventBridge JSON-protocol client, or an error when the target has no EventBridge endpoint.</summary>
    public static EventBridgeJsonClient CreateEventBridge(TargetConnection target) =>
        new(target.Endpoints.Events ?? throw new TargetSetupException($"target '{target.Name}' has no EventBridge endpoint"), target.Region, target.Credentials, target.Calls);

    // The deadline handler ends a call at the call timeout; the SDK's own timeout, a second later, is only a backstop.
    private static TimeSpan SdkTimeout(StoreCallMonitor calls, TimeSpan longPoll) => calls.CallTimeout + longPoll + TimeSpan.FromSeconds(1);

    private static TimeSpan ConnectTimeout(StoreCallMonitor calls) => calls.CallTimeout < TimeSpan.FromSeconds(3) ? calls.CallTimeout : TimeSpan.FromSeconds(3);
}
