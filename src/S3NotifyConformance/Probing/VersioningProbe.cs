using System.Text;
using Amazon.S3;
using Amazon.S3.Model;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Probing;

/// <summary>PutBucketVersioning Enabled, then two PUTs of one key: ListObjectVersions must list two distinct version ids, and
/// GetObject the second write's bytes. Runs last: it leaves the bucket versioned.</summary>
public sealed class VersioningProbe : ICapabilityProbe
{
    private const string Key = "probe/versioning";

    /// <inheritdoc />
    public Capability Capability => Capability.Versioning;

    /// <inheritdoc />
    public string Aspect => "PutBucketVersioning Enabled makes two PUTs of one key two versions in ListObjectVersions";

    /// <inheritdoc />
    public async Task<ProbeVerdict> ProbeAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        try
        {
            await context.CallAsync((s3, token) => s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
            {
                BucketName = context.Bucket,
                VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled },
            }, token), cancellationToken);
        }
        catch (Exception e) when (ProbeContext.IsRejection(e))
        {
            return new ProbeVerdict(ObservedCapability.Absent, $"PutBucketVersioning (Enabled) answered {ProbeContext.Describe(e)}", "rejected");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return ProbeVerdict.Error($"PutBucketVersioning: {ProbeContext.Describe(e)}");
        }

        try
        {
            var second = "s3notify capability probe: versioning, second write\n";
            await PutAsync(context, "s3notify capability probe: versioning, first write\n", cancellationToken);
            await PutAsync(context, second, cancellationToken);
            var listing = await context.CallAsync((s3, token) => s3.ListVersionsAsync(new ListVersionsRequest { BucketName = context.Bucket, Prefix = Key }, token), cancellationToken);
            var ids = (listing.Versions ?? []).Where(v => v.Key == Key && v.IsDeleteMarker != true).Select(v => v.VersionId).ToList();
            var distinct = ids.Where(id => !string.IsNullOrEmpty(id) && id != "null").Distinct().Count();
            var latest = await ObjectSnapshot.ReadAsync(context, Key, cancellationToken);
            if (!latest.Bytes.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(second)))
            {
                return new ProbeVerdict(ObservedCapability.DamagesData,
                    $"after two PUTs of {Key}, GetObject returned {latest.Bytes.Length} bytes that are not the second write's", "accepted; the latest object is not the last write");
            }

            var listed = ids.Count == 0 ? "no version" : $"{ids.Count} version(s) with {distinct} distinct version id(s) ({string.Join(", ", ids.Select(id => id ?? "none"))})";
            return distinct >= 2
                ? new ProbeVerdict(ObservedCapability.Works, $"PutBucketVersioning (Enabled) answered 200; after two PUTs ListObjectVersions lists {listed}", "works")
                : new ProbeVerdict(ObservedCapability.Ignored, $"PutBucketVersioning (Enabled) answered 200, but after two PUTs of one key ListObjectVersions lists {listed}",
                    "accepted; two PUTs did not make two versions");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return ProbeVerdict.Error($"after PutBucketVersioning: {ProbeContext.Describe(e)}");
        }
    }

    private static Task<PutObjectResponse> PutAsync(ProbeContext context, string body, CancellationToken cancellationToken) =>
        context.CallAsync((s3, token) => s3.PutObjectAsync(new PutObjectRequest { BucketName = context.Bucket, Key = Key, ContentBody = body, ContentType = "text/plain" }, token), cancellationToken);
}
