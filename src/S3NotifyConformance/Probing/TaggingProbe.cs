using Amazon.S3.Model;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Probing;

/// <summary>PutObjectTagging with one tag; GetObjectTagging must return it, GetObject the same bytes and ETag.</summary>
public sealed class TaggingProbe : ObjectSubresourceProbeBase
{
    private const string TagKey = "s3notify-probe";
    private const string TagValue = "tagging";

    /// <inheritdoc />
    public override Capability Capability => Capability.Tagging;

    /// <inheritdoc />
    protected override string Operation => "PutObjectTagging";

    /// <inheritdoc />
    protected override string ReadOperation => "GetObjectTagging";

    /// <inheritdoc />
    protected override Task ApplyAsync(ProbeContext context, string key, CancellationToken cancellationToken) =>
        context.CallAsync((s3, token) => s3.PutObjectTaggingAsync(new PutObjectTaggingRequest
        {
            BucketName = context.Bucket,
            Key = key,
            Tagging = new Tagging { TagSet = [new Tag { Key = TagKey, Value = TagValue }] },
        }, token), cancellationToken);

    /// <inheritdoc />
    protected override async Task<string?> ReadBackAsync(ProbeContext context, string key, CancellationToken cancellationToken)
    {
        var response = await context.CallAsync((s3, token) => s3.GetObjectTaggingAsync(new GetObjectTaggingRequest { BucketName = context.Bucket, Key = key }, token), cancellationToken);
        var tags = response.Tagging ?? [];
        return tags.Any(t => t.Key == TagKey && t.Value == TagValue)
            ? null
            : $"GetObjectTagging returns {(tags.Count == 0 ? "no tags" : string.Join(", ", tags.Select(t => $"{t.Key}={t.Value}")))}";
    }
}
