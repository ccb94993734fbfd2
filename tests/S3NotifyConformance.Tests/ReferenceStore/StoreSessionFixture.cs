using S3NotifyConformance.ReferenceStore;

namespace S3NotifyConformance.Tests.ReferenceStoreTests;

/// <summary>A fixture with one started reference store and its clients for all its tests, disposed at the end.</summary>
public abstract class StoreSessionFixture(ReferenceStoreBuilder? builder = null, bool checksumsWhenRequired = false)
{
    /// <summary>The running store and its clients.</summary>
    protected StoreSession Session { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartSessionAsync()
    {
        Session = await StoreSession.StartAsync(builder, checksumsWhenRequired);
        await OnStartedAsync();
    }

    [OneTimeTearDown]
    public async Task StopSessionAsync() => await Session.DisposeAsync();

    /// <summary>Fixture-wide setup that needs the session (a shared bucket or queue).</summary>
    protected virtual Task OnStartedAsync() => Task.CompletedTask;
}
