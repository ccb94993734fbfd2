using System.Text;
using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Actions;

/// <summary>PUT ?notification with a literal XML body, signed with SigV4. A configuration applied this way is not predicted:
/// these steps exist to judge validation errors.</summary>
public sealed class PutNotificationXmlAction : ActionBase<PutNotificationXmlStep>
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(PutNotificationXmlStep step, StepCall call, ActionContext context, CancellationToken cancellationToken)
    {
        await RecordAsync(context, call, step.Operation, null, async () =>
        {
            var xml = Encoding.UTF8.GetBytes(context.ResolveArn(step.Xml));
            var answer = await S3ExtensionClient.For(context.Target).PutBucketNotificationXmlAsync(context.Bucket, xml, cancellationToken);
            return answer.Succeeded
                ? new ActionFacts(null, RequestId: answer.RequestId)
                : throw new RawCallFailedException(ApiOutcome.FromErrorBody(answer.Status, answer.Body), answer.RequestId);
        });
    }
}
