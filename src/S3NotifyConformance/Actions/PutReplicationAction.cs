using Amazon.S3;
using Amazon.S3.Model;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Actions;

/// <summary>Creates the versioned replica bucket (recorded for teardown) and replicates the scenario's bucket to it, with
/// replication metrics on (AWS sends Replication:* events only then).</summary>
public sealed class PutReplicationAction : ActionBase<PutReplicationStep>
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(PutReplicationStep step, StepCall call, ActionContext context, CancellationToken cancellationToken)
    {
        await RecordAsync(context, call, step.Operation, null, async () =>
        {
            var replica = context.ReplicaBucket;
            await context.S3.PutBucketAsync(new PutBucketRequest { BucketName = replica }, cancellationToken);
            context.Resources.Add(new ProvisionedResource(ResourceKind.Bucket, replica, replica));
            await context.S3.PutBucketVersioningAsync(new PutBucketVersioningRequest
            {
                BucketName = replica,
                VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled },
            }, cancellationToken);
            var response = await context.S3.PutBucketReplicationAsync(new PutBucketReplicationRequest
            {
                BucketName = context.Bucket,
                Configuration = new ReplicationConfiguration
                {
                    Role = ArnTemplate.Resolve("arn:aws:iam::{account}:role/s3notify-replication", context.Target.Region, context.Target.AccountId),
                    Rules =
                    [
                        new ReplicationRule
                        {
                            Id = "s3notify",
                            Priority = 1,
                            Status = ReplicationRuleStatus.Enabled,
                            Filter = new ReplicationRuleFilter { Prefix = string.Empty },
                            DeleteMarkerReplication = new DeleteMarkerReplication { Status = DeleteMarkerReplicationStatus.Disabled },
                            Destination = new ReplicationDestination
                            {
                                BucketArn = $"arn:aws:s3:::{replica}",
                                Metrics = new Metrics { Status = MetricsStatus.Enabled, EventThreshold = new ReplicationTimeValue { Minutes = 15 } },
                            },
                        },
                    ],
                },
            }, cancellationToken);
            var (requestId, hostId) = Ids(response);
            return new ActionFacts(null, RequestId: requestId, HostId: hostId);
        });
    }
}
