using Amazon.S3;
using Amazon.S3.Model;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Actions;

/// <summary>RestoreObject of an archived object.</summary>
public sealed class RestoreObjectAction : ActionBase<RestoreObjectStep>
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(RestoreObjectStep step, StepCall call, ActionContext context, CancellationToken cancellationToken)
    {
        await RecordAsync(context, call, step.Operation, step.Key, async () =>
        {
            var response = await context.S3.RestoreObjectAsync(new RestoreObjectRequest
            {
                BucketName = context.Bucket,
                Key = step.Key,
                Days = step.Days,
                RetrievalTier = GlacierJobTier.FindValue(step.Tier),
            }, cancellationToken);
            var (requestId, hostId) = Ids(response);
            var state = context.Objects.GetValueOrDefault(step.Key);
            return new ActionFacts(step.Key, null, state?.ETag, state?.Size, RequestId: requestId, HostId: hostId);
        });
    }
}
