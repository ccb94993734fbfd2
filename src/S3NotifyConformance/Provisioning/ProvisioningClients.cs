using Amazon.S3;
using Amazon.SQS;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Provisioning;

/// <summary>The clients provisioning uses, created once per run from the target.</summary>
public sealed record ProvisioningClients(IAmazonS3 S3, IAmazonSQS? Sqs, SnsQueryClient? Sns) : IDisposable
{
    /// <summary>S3 calls outside the SDK (RGW's DELETE ?notification), when the target is known to need them.</summary>
    public S3ExtensionClient? S3Extensions { get; init; }

    /// <summary>The embedded store's function registry, when the target's Lambda destinations are registered there.</summary>
    public FunctionRegistryClient? Functions { get; init; }

    /// <summary>EventBridge, when the target has an endpoint for it (EventBridge destinations).</summary>
    public EventBridgeJsonClient? Events { get; init; }

    /// <summary>How long one call to the store may take (the target's <c>timing.callTimeout</c>): multi-object deletes are sized to
    /// stay inside it.</summary>
    public TimeSpan CallTimeout { get; init; } = TargetTimings.DefaultCallTimeout;

    /// <summary>What teardown learned about the store this run (shared by every teardown made from these clients).</summary>
    public TeardownMemory Teardown { get; init; } = new();

    /// <summary>Creates the clients the target's endpoints allow.</summary>
    public static ProvisioningClients For(TargetConnection target) => new(
        AwsClientFactory.CreateS3(target),
        target.Endpoints.Sqs is null ? null : AwsClientFactory.CreateSqs(target),
        target.Endpoints.Sns is null ? null : AwsClientFactory.CreateSns(target))
    {
        S3Extensions = target.DeliveryPath is DeliveryPath.HttpPush or DeliveryPath.Amqp ? S3ExtensionClient.For(target) : null,
        Functions = target.Lambda?.FunctionRegistry is { } registry ? new FunctionRegistryClient(registry, target.Calls) : null,
        Events = target.Endpoints.Events is null ? null : AwsClientFactory.CreateEventBridge(target),
        CallTimeout = target.Calls.CallTimeout,
    };

    /// <summary>The clients of the target's second region (signed for it, at its endpoints), for scenarios whose bucket lives
    /// there; null when the target does not declare <c>second-region</c>.</summary>
    public static ProvisioningClients? ForSecondRegion(TargetConnection target) =>
        target.Capabilities.Contains(Scenarios.Capability.SecondRegion) ? For(target.InRegion(target.SecondRegion)) : null;

    /// <inheritdoc />
    public void Dispose()
    {
        S3.Dispose();
        Sqs?.Dispose();
    }
}
