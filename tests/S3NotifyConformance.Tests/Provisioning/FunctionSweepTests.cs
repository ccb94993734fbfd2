using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Targets;
using S3NotifyConformance.Tests.ReferenceStoreTests;

namespace S3NotifyConformance.Tests.Provisioning;

/// <summary>Functions the harness registers with the embedded store carry the run id, and a sweep unregisters exactly the run's.</summary>
public sealed class FunctionSweepTests : StoreSessionFixture
{
    [Test]
    public async Task ASweepUnregistersTheRunsFunctionsAndNoOther()
    {
        // Given a function of the run, one of another run and one of another tool
        const string prefix = "arn:aws:lambda:us-east-1:000000000000:function:";
        var run = RunId.Parse("20261201t080000-k3x9");
        var url = new Uri("http://127.0.0.1:9/");
        Session.Store.RegisterFunction(prefix + "s3n-20261201t080000-k3x9-0001-lambda-1", url);
        Session.Store.RegisterFunction(prefix + "s3n-20261201t080000-k3x8-0001-lambda-1", url);
        Session.Store.RegisterFunction(prefix + "my-function", url);
        using var clients = ProvisioningClients.For(EmbeddedTarget.ConnectionFor(Session.Store));

        // When
        var found = await new RunResourceSweeper(clients).FindAsync(run, CancellationToken.None);
        var failures = await new RunResourceSweeper(clients).SweepAsync(run, CancellationToken.None);

        // Then
        Assert.That(found.Select(r => (r.Kind, r.Name)), Is.EqualTo(new[] { (ResourceKind.Function, "s3n-20261201t080000-k3x9-0001-lambda-1") }));
        Assert.That(failures, Is.Empty);
        Assert.That(await clients.Functions!.ListAsync(CancellationToken.None), Is.EquivalentTo(new[] { prefix + "my-function", prefix + "s3n-20261201t080000-k3x8-0001-lambda-1" }));
    }
}
