using Amazon.S3;
using Amazon.SQS;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Provisioning;

/// <summary>The clients provisioning uses, created once per run from the target.</summary>
public sealed record ProvisioningClients(IAmazonS3 S3, IAmazonSQS? Sqs, SnsQueryClient? Sns) : IDisposable
{
    /// <summary>Creates the clients the target's endpoints allow.</summary>
    public static ProvisioningClients For(TargetConnection target) => new(
        AwsClientFactory.CreateS3(target),
        target.Endpoints.Sqs is null ? null : AwsClientFactory.CreateSqs(target),
        target.Endpoints.Sns is null ? null : AwsClientFactory.CreateSns(target));

    /// <inheritdoc />
    public void Dispose()
    {
        S3.Dispose();
        Sqs?.Dispose();
    }
}
