using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Targets;
using S3NotifyConformance.Tests.ReferenceStoreTests;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Provisioning;

/// <summary>An EventBridge destination is a run-scoped queue plus a run-scoped rule (named with the run id) routing the
/// bucket's events to it; teardown removes exactly those, and a sweep finds them by the run id after a killed run.</summary>
public sealed class EventBridgeProvisioningTests : StoreSessionFixture
{
    private async Task<(RunId Run, ProvisioningClients Clients, ResourceLedger Ledger, ProvisionedDestination Destination)> ProvisionAsync()
    {
        var run = RunId.New(DateTimeOffset.UtcNow);
        var clients = ProvisioningClients.For(EmbeddedTarget.ConnectionFor(Session.Store));
        var ledger = new ResourceLedger();
        var names = new ResourceNames(run, 1);
        var bucket = await new BucketProvisioner(clients.S3, ledger).ProvisionAsync(names, BucketVersioning.None, CancellationToken.None);
        var destination = await new QueueDestinationProvisioner(clients.Sqs!, clients.Sns) { Events = clients.Events }
            .ProvisionAsync("eventbridge-1", DestinationKind.EventBridge, names, bucket, ledger, CancellationToken.None);
        return (run, clients, ledger, destination);
    }

    [Test]
    public async Task TheRuleCarriesTheRunIdAndTeardownRemovesExactlyWhatWasCreated()
    {
        // Given an EventBridge destination, and a rule of someone else's on the same bus
        var (run, clients, ledger, destination) = await ProvisionAsync();
        using var disposeClients = clients;
        var foreign = StoreSession.NewName("s3n-foreign");
        await clients.Events!.PutRuleAsync(foreign, new JsonObject { ["source"] = new JsonArray("aws.s3") }, "not ours", CancellationToken.None);

        // When the run's resources are listed, then torn down
        var found = await Leftovers.OfRunAsync(Session.Store, run.Value);
        var failures = await new ResourceTeardown(clients).TeardownAsync(ledger, CancellationToken.None);

        // Then the rule (named with the run id) and the queue were the run's, and after teardown nothing of the run remains
        // while the foreign rule stays
        Assert.That(destination.Kind, Is.EqualTo(DestinationKind.EventBridge));
        Assert.That(destination.Arn, Does.Contain($":rule/s3n-{run.Value}-0001-eventbridge-1"));
        Assert.That(found.Select(r => r.Kind), Is.EquivalentTo(new[] { ResourceKind.Bucket, ResourceKind.Queue, ResourceKind.Rule }));
        Assert.That(failures, Is.Empty);
        Assert.That(await Leftovers.OfRunAsync(Session.Store, run.Value), Is.Empty);
        Assert.That(await clients.Events.ListRuleNamesAsync("s3n-foreign", CancellationToken.None), Is.EqualTo(new[] { foreign }));
    }

    [Test]
    public async Task ASweepAfterAKilledRunRemovesTheRuleWithItsTarget()
    {
        // Given a run killed after provisioning (no teardown)
        var (run, clients, _, _) = await ProvisionAsync();
        using var disposeClients = clients;

        // When the run is swept
        var failures = await new RunResourceSweeper(clients).SweepAsync(run, CancellationToken.None);

        // Then nothing carrying its id is left, the rule included
        Assert.That(failures, Is.Empty);
        Assert.That(await Leftovers.OfRunAsync(Session.Store, run.Value), Is.Empty);
    }
}
