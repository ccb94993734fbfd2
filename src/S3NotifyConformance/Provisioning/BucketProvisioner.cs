using Amazon.S3;
using Amazon.S3.Model;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Provisioning;

/// <summary>Creates a scenario's bucket with its starting versioning state.</summary>
public sealed class BucketProvisioner(IAmazonS3 s3, ResourceLedger ledger)
{
    /// <summary>Creates the bucket (recorded in the ledger before anything else can fail) and sets versioning. With
    /// <paramref name="locationConstraint"/> the bucket is created there (CreateBucketConfiguration, as AWS SDKs send it).</summary>
    public async Task<string> ProvisionAsync(ResourceNames names, BucketVersioning versioning, CancellationToken cancellationToken, string? locationConstraint = null)
    {
        await s3.PutBucketAsync(new PutBucketRequest { BucketName = names.Bucket, BucketRegionName = locationConstraint }, cancellationToken);
        ledger.Add(new ProvisionedResource(ResourceKind.Bucket, names.Bucket, names.Bucket));
        if (versioning != BucketVersioning.None)
        {
            await SetVersioningAsync(names.Bucket, VersionStatus.Enabled, cancellationToken);
        }

        if (versioning == BucketVersioning.Suspended)
        {
            await SetVersioningAsync(names.Bucket, VersionStatus.Suspended, cancellationToken);
        }

        return names.Bucket;
    }

    private Task SetVersioningAsync(string bucket, VersionStatus status, CancellationToken cancellationToken) =>
        s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
        {
            BucketName = bucket,
            VersioningConfig = new S3BucketVersioningConfig { Status = status },
        }, cancellationToken);
}
