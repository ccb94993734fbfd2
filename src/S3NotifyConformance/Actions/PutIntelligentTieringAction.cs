using Amazon.S3;
using Amazon.S3.Model;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Actions;

/// <summary>PutBucketIntelligentTieringConfiguration with one tiering.</summary>
public sealed class PutIntelligentTieringAction : ActionBase<PutIntelligentTieringStep>
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(PutIntelligentTieringStep step, StepCall call, ActionContext context, CancellationToken cancellationToken)
    {
        await RecordAsync(context, call, step.Operation, null, async () =>
        {
            var response = await context.S3.PutBucketIntelligentTieringConfigurationAsync(new PutBucketIntelligentTieringConfigurationRequest
            {
                BucketName = context.Bucket,
                IntelligentTieringId = "s3notify",
                IntelligentTieringConfiguration = new IntelligentTieringConfiguration
                {
                    IntelligentTieringId = "s3notify",
                    Status = IntelligentTieringStatus.Enabled,
                    Tierings = [new Tiering { AccessTier = IntelligentTieringAccessTier.FindValue(step.AccessTier), Days = step.Days }],
                },
            }, cancellationToken);
            var (requestId, hostId) = Ids(response);
            return new ActionFacts(null, RequestId: requestId, HostId: hostId);
        });
    }
}
