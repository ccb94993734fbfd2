using S3NotifyConformance.ReferenceStore;

namespace S3NotifyConformance.Tests.ReferenceStoreTests;

public sealed class ReferenceStoreBuilderTests
{
    [Test]
    public void WithMethodsReturnNewBuildersAndLeaveTheOriginalUnchanged()
    {
        // Given
        var original = new ReferenceStoreBuilder();

        // When
        var changed = original.WithRegion("eu-west-1").WithAccountId("123456789012").WithPort(0).WithTimeScale(10);

        // Then
        Assert.That(changed, Is.Not.SameAs(original));
        Assert.That(original.GetConfiguration().Region, Is.EqualTo(ReferenceStoreBuilder.DefaultRegion));
        Assert.That(original.GetConfiguration().AccountId, Is.EqualTo(ReferenceStoreBuilder.DefaultAccountId));
        Assert.That(changed.GetConfiguration().Region, Is.EqualTo("eu-west-1"));
        Assert.That(changed.GetConfiguration().TimeScale, Is.EqualTo(10));
    }

    [Test]
    public void BuildValidatesTheConfiguration()
    {
        // Given
        var builder = new ReferenceStoreBuilder();

        // When / Then
        Assert.Throws<ArgumentException>(() => builder.WithAccountId("12").Build());
        Assert.Throws<ArgumentException>(() => builder.WithRegion("US East").Build());
        Assert.Throws<ArgumentException>(() => builder.WithPort(70000).Build());
        Assert.Throws<ArgumentException>(() => builder.WithTimeScale(0).Build());
        Assert.Throws<ArgumentException>(() => builder.WithFaults(DeliveryFaults.None with { DropProbability = 1.5 }).Build());
        Assert.Throws<ArgumentException>(() => builder.WithFaults(DeliveryFaults.None with { ReorderWindow = -1 }).Build());
    }

    [Test]
    public async Task StartedStoreReportsLoopbackEndpointRegionAndAccount()
    {
        // Given
        await using var store = new ReferenceStoreBuilder().WithRegion("eu-central-1").WithAccountId("111122223333").Build();

        // When
        await store.StartAsync(CancellationToken.None);

        // Then
        Assert.That(store.GetEndpoint().Host, Is.EqualTo("127.0.0.1"));
        Assert.That(store.GetEndpoint().Port, Is.GreaterThan(0));
        Assert.That(store.GetRegion(), Is.EqualTo("eu-central-1"));
        Assert.That(store.GetAccountId(), Is.EqualTo("111122223333"));
        Assert.That(store.GetStatistics(), Is.EqualTo(new ReferenceStoreStatistics(0, 0, 0, 0, 0, 0)));
    }

    [Test]
    public async Task GetEndpointBeforeStartThrows()
    {
        // Given
        await using var store = new ReferenceStoreBuilder().Build();

        // When / Then
        Assert.Throws<InvalidOperationException>(() => store.GetEndpoint());
    }
}
