using Amazon.S3.Model;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Targets;
using S3NotifyConformance.Tests.ReferenceStoreTests;

namespace S3NotifyConformance.Tests.Provisioning;

/// <summary>A scenario's bucket in the target's second region: created with that LocationConstraint by clients signed for that
/// region, its EventBridge rule and queue made there (S3 puts a bucket's events on the default bus of the bucket's region), and
/// found by a sweep of the run through that region's clients.</summary>
public sealed class SecondRegionProvisioningTests : StoreSessionFixture
{
    private sealed record Provisioned(RunId Run, ProvisioningClients Target, ProvisioningClients Second, string Bucket, ProvisionedDestination Destination) : IDisposable
    {
        public void Dispose()
        {
            Target.Dispose();
            Second.Dispose();
        }
    }

    private async Task<Provisioned> ProvisionInSecondRegionAsync()
    {
        var run = RunId.New(DateTimeOffset.UtcNow);
        var connection = EmbeddedTarget.ConnectionFor(Session.Store);
        var second = ProvisioningClients.ForSecondRegion(connection)!;
        var ledger = new ResourceLedger();
        var names = new ResourceNames(run, 1);
        var bucket = await new BucketProvisioner(second.S3, ledger).ProvisionAsync(names, BucketVersioning.None, CancellationToken.None, connection.SecondRegion);
        var destination = await new QueueDestinationProvisioner(second.Sqs!, second.Sns) { Events = second.Events }
            .ProvisionAsync("eventbridge-1", DestinationKind.EventBridge, names, bucket, ledger, CancellationToken.None);
        return new Provisioned(run, ProvisioningClients.For(connection), second, bucket, destination);
    }

    [Test]
    public async Task TheBucketKeepsTheSecondRegionAndItsEventsReachOnlyThatRegionsBus()
    {
        // Given a bucket and an EventBridge destination provisioned in the second region (us-west-2 by default), and a rule of
        // the target's region (us-east-1) matching the same bucket, targeting another queue
        using var provisioned = await ProvisionInSecondRegionAsync();
        var (_, target, second, bucket, destination) = provisioned;
        var (otherUrl, otherArn) = await Session.CreateQueueAsync();
        var rule = StoreSession.NewName("s3n-foreign");
        await target.Events!.PutRuleAsync(rule, new JsonObject { ["source"] = new JsonArray("aws.s3") }, "the target region's bus", CancellationToken.None);
        await target.Events.PutTargetAsync(rule, "q", otherArn, CancellationToken.None);

        // When EventBridge is turned on for the bucket and an object is written
        await second.S3.PutBucketNotificationAsync(new PutBucketNotificationRequest { BucketName = bucket, EventBridgeConfiguration = new EventBridgeConfiguration() });
        await second.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "my_key", ContentBody = "data" });
        var events = await Session.ReceiveBodiesAsync(destination.QueueUrl!, 1);

        // Then the bucket's location is the second region, the rule is that region's, the event carries that region, and the
        // target region's rule saw nothing
        var location = await second.S3.GetBucketLocationAsync(new GetBucketLocationRequest { BucketName = bucket });
        Assert.That(location.Location.Value, Is.EqualTo(TargetConnection.DefaultSecondRegion));
        Assert.That(destination.Arn, Does.StartWith($"arn:aws:events:{TargetConnection.DefaultSecondRegion}:"));
        Assert.That(events.Select(e => (e["region"]!.GetValue<string>(), e["detail"]!["object"]!["key"]!.GetValue<string>())),
            Is.EqualTo(new[] { (TargetConnection.DefaultSecondRegion, "my_key") }));
        var elsewhere = await Session.Sqs.ReceiveMessageAsync(new Amazon.SQS.Model.ReceiveMessageRequest { QueueUrl = otherUrl, WaitTimeSeconds = 1 });
        Assert.That(elsewhere.Messages ?? [], Is.Empty);
        await target.Events.RemoveTargetsAsync(rule, ["q"], CancellationToken.None);
        await target.Events.DeleteRuleAsync(rule, CancellationToken.None);
    }

    [Test]
    public async Task ASweepOfTheRunFindsTheSecondRegionsRuleThroughThatRegion()
    {
        // Given a run killed after provisioning in the second region (no teardown)
        using var provisioned = await ProvisionInSecondRegionAsync();
        var (run, target, second, _, _) = provisioned;
        var sweepers = RunResourceSweeper.ForRegions(target, TargetConnection.DefaultSecondRegion, second);

        // When the target region alone is listed, then each region's sweeper lists and sweeps the run
        var targetRegionOnly = await new RunResourceSweeper(target).FindAsync(run, CancellationToken.None);
        var byRegion = new List<ImmutableArray<ProvisionedResource>>();
        var failures = new List<string>();
        foreach (var sweeper in sweepers)
        {
            byRegion.Add(await sweeper.FindAsync(run, CancellationToken.None));
            failures.AddRange(await sweeper.SweepAsync(run, CancellationToken.None));
        }

        // Then the rule is invisible from the target's region (EventBridge is regional) and found through the second region's
        // clients, which also take the bucket (ListBuckets places it there); after the sweep nothing of the run remains anywhere
        Assert.That(targetRegionOnly.Select(r => r.Kind), Has.No.Member(ResourceKind.Rule));
        Assert.That(byRegion[0].Select(r => r.Kind), Has.No.Member(ResourceKind.Rule).And.No.Member(ResourceKind.Bucket));
        Assert.That(byRegion[1].Where(r => r.Kind is ResourceKind.Rule or ResourceKind.Bucket).Select(r => r.Kind), Is.EquivalentTo(new[] { ResourceKind.Rule, ResourceKind.Bucket }));
        Assert.That(failures, Is.Empty);
        foreach (var sweeper in sweepers)
        {
            Assert.That(await sweeper.FindAsync(run, CancellationToken.None), Is.Empty);
        }
    }
}
