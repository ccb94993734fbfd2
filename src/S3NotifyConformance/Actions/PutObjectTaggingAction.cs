using Amazon.S3.Model;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Actions;

/// <summary>PutObjectTagging (ObjectTagging:Put, carrying the object's current eTag).</summary>
public sealed class PutObjectTaggingAction : ActionBase<PutObjectTaggingStep>
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(PutObjectTaggingStep step, StepCall call, ActionContext context, CancellationToken cancellationToken)
    {
        await RecordAsync(context, call, step.Operation, step.Key, async () =>
        {
            var response = await context.S3.PutObjectTaggingAsync(new PutObjectTaggingRequest
            {
                BucketName = context.Bucket,
                Key = step.Key,
                Tagging = new Tagging { TagSet = [.. step.Tags.Select(t => new Tag { Key = t.Key, Value = t.Value })] },
            }, cancellationToken);
            var (requestId, hostId) = Ids(response);
            return new ActionFacts(step.Key, ActionFacts.RealVersion(response.VersionId), context.Objects.GetValueOrDefault(step.Key)?.ETag, RequestId: requestId, HostId: hostId);
        });
    }
}
