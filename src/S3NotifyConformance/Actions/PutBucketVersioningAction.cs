using Amazon.S3;
using Amazon.S3.Model;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Actions;

/// <summary>PutBucketVersioning; later writes are judged against the new state.</summary>
public sealed class PutBucketVersioningAction : ActionBase<PutBucketVersioningStep>
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(PutBucketVersioningStep step, StepCall call, ActionContext context, CancellationToken cancellationToken)
    {
        var record = await RecordAsync(context, call, step.Operation, null, async () =>
        {
            var response = await context.S3.PutBucketVersioningAsync(new PutBucketVersioningRequest
            {
                BucketName = context.Bucket,
                VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.FindValue(step.Status) },
            }, cancellationToken);
            var (requestId, hostId) = Ids(response);
            return new ActionFacts(null, RequestId: requestId, HostId: hostId);
        });
        if (record.Outcome.Succeeded)
        {
            context.Versioning = step.Status == "Enabled" ? BucketVersioning.Enabled : BucketVersioning.Suspended;
        }
    }
}
