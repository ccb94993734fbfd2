using Amazon.S3;
using Amazon.S3.Model;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Actions;

/// <summary>PutBucketLifecycleConfiguration with one enabled rule for a prefix.</summary>
public sealed class PutLifecycleAction : ActionBase<PutLifecycleStep>
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(PutLifecycleStep step, StepCall call, ActionContext context, CancellationToken cancellationToken)
    {
        await RecordAsync(context, call, step.Operation, null, async () =>
        {
            var rule = new LifecycleRule
            {
                Id = "s3notify",
                Status = LifecycleRuleStatus.Enabled,
                Filter = new LifecycleFilter { LifecycleFilterPredicate = new LifecyclePrefixPredicate { Prefix = step.Prefix } },
                Expiration = step.ExpirationDays is { } days ? new LifecycleRuleExpiration { Days = days } : null,
                Transitions = step.TransitionDays is { } after ? [new LifecycleTransition { Days = after, StorageClass = S3StorageClass.FindValue(step.StorageClass) }] : null,
            };
            var response = await context.S3.PutLifecycleConfigurationAsync(new PutLifecycleConfigurationRequest
            {
                BucketName = context.Bucket,
                Configuration = new LifecycleConfiguration { Rules = [rule] },
            }, cancellationToken);
            var (requestId, hostId) = Ids(response);
            return new ActionFacts(null, RequestId: requestId, HostId: hostId);
        });
    }
}
