using Amazon.S3.Model;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Actions;

/// <summary>DeleteObjectTagging (ObjectTagging:Delete, carrying the object's current eTag).</summary>
public sealed class DeleteObjectTaggingAction : ActionBase<DeleteObjectTaggingStep>
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(DeleteObjectTaggingStep step, StepCall call, ActionContext context, CancellationToken cancellationToken)
    {
        await RecordAsync(context, call, step.Operation, step.Key, async () =>
        {
            var response = await context.S3.DeleteObjectTaggingAsync(new DeleteObjectTaggingRequest { BucketName = context.Bucket, Key = step.Key }, cancellationToken);
            var (requestId, hostId) = Ids(response);
            return new ActionFacts(step.Key, ActionFacts.RealVersion(response.VersionId), context.Objects.GetValueOrDefault(step.Key)?.ETag, RequestId: requestId, HostId: hostId);
        });
    }
}
