using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Actions;

/// <summary>PutBucketNotificationConfiguration; a successful call becomes the configuration in force.</summary>
public sealed class PutNotificationAction : ActionBase<PutNotificationStep>
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(PutNotificationStep step, StepCall call, ActionContext context, CancellationToken cancellationToken)
    {
        var record = await RecordAsync(context, call, step.Operation, null, async () =>
        {
            var request = NotificationRequestBuilder.Build(step.MissingBucket ? context.MissingBucket : context.Bucket, step.Notification, context.Destinations, context.ResolveArn);
            var response = await context.S3.PutBucketNotificationAsync(request, cancellationToken);
            var (requestId, hostId) = Ids(response);
            return new ActionFacts(null, RequestId: requestId, HostId: hostId);
        });
        if (record.Outcome.Succeeded)
        {
            context.AppliedNotification = step.Notification;
        }
    }
}
