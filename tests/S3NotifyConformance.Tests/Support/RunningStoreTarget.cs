using S3NotifyConformance.ReferenceStore;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Tests.Support;

/// <summary>A target over a reference store the test started and keeps, so the test can look inside after the run.</summary>
public sealed class RunningStoreTarget(ReferenceStoreHost store) : ITarget
{
    public string Name => "embedded";

    public Task<TargetConnection> StartAsync(CancellationToken cancellationToken) => Task.FromResult(EmbeddedTarget.ConnectionFor(store));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>A catalog whose "embedded" is this store.</summary>
    public TargetCatalog Catalog() => new(new Dictionary<string, Func<ITarget>> { ["embedded"] = () => this }, Repository.Paths.Targets);

    /// <summary>Starts a store with default settings.</summary>
    public static async Task<ReferenceStoreHost> StartStoreAsync(ReferenceStoreBuilder? builder = null)
    {
        var store = (builder ?? EmbeddedTarget.DefaultBuilder).Build();
        await store.StartAsync(CancellationToken.None);
        return store;
    }
}
