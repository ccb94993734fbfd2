using Amazon.S3;
using Amazon.S3.Model;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Actions;

/// <summary>PutObjectAcl with a canned ACL (ObjectAcl:Put). Setting the ACL an object already has is recorded as no change:
/// AWS sent no event for it (inferred from the counts of SQS::test_object_put_acl).</summary>
public sealed class PutObjectAclAction : ActionBase<PutObjectAclStep>
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(PutObjectAclStep step, StepCall call, ActionContext context, CancellationToken cancellationToken)
    {
        var before = context.Objects.GetValueOrDefault(step.Key);
        await RecordAsync(context, call, step.Operation, step.Key, async () =>
        {
            var response = await context.S3.PutObjectAclAsync(new PutObjectAclRequest
            {
                BucketName = context.Bucket,
                Key = step.Key,
                ACL = S3CannedACL.FindValue(step.CannedAcl),
            }, cancellationToken);
            if (before is not null)
            {
                context.Objects[step.Key] = before with { CannedAcl = step.CannedAcl };
            }

            var (requestId, hostId) = Ids(response);
            return new ActionFacts(step.Key, null, before?.ETag, RequestId: requestId, HostId: hostId, NoChange: before?.CannedAcl == step.CannedAcl);
        });
    }
}
