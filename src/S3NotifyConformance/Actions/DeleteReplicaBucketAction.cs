using Amazon.S3.Model;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Actions;

/// <summary>Deletes the replica bucket while replication still points at it.</summary>
public sealed class DeleteReplicaBucketAction : ActionBase<DeleteReplicaBucketStep>
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(DeleteReplicaBucketStep step, StepCall call, ActionContext context, CancellationToken cancellationToken)
    {
        await RecordAsync(context, call, step.Operation, null, async () =>
        {
            var response = await context.S3.DeleteBucketAsync(new DeleteBucketRequest { BucketName = context.ReplicaBucket }, cancellationToken);
            context.Resources.Remove(new ProvisionedResource(ResourceKind.Bucket, context.ReplicaBucket, context.ReplicaBucket));
            var (requestId, hostId) = Ids(response);
            return new ActionFacts(null, RequestId: requestId, HostId: hostId);
        });
    }
}
