using Amazon.S3.Model;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.ReferenceStore;
using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Running.Benchmarks;

/// <summary>An embedded store with one bucket whose ObjectCreated:Put events under <c>load/</c> go to one queue: the same wiring
/// a load run provisions, for benchmarks that need it without a whole run.</summary>
public sealed class BenchmarkStore : IAsyncDisposable
{
    private readonly ReferenceStore.ReferenceStore _store;

    private BenchmarkStore(ReferenceStore.ReferenceStore store, ProvisioningClients clients, string bucket, ProvisionedDestination queue)
    {
        _store = store;
        Clients = clients;
        Bucket = bucket;
        Queue = queue;
    }

    /// <summary>S3, SQS and SNS clients.</summary>
    public ProvisioningClients Clients { get; }

    /// <summary>The notifying bucket.</summary>
    public string Bucket { get; }

    /// <summary>The queue its events go to.</summary>
    public ProvisionedDestination Queue { get; }

    /// <summary>Starts a store with <paramref name="faults"/> and provisions the bucket and queue.</summary>
    public static async Task<BenchmarkStore> StartAsync(DeliveryFaults faults, CancellationToken cancellationToken)
    {
        var store = new ReferenceStoreBuilder().WithFaults(faults).Build();
        await store.StartAsync(cancellationToken);
        var clients = ProvisioningClients.For(EmbeddedTarget.ConnectionFor(store));
        var (bucket, queue) = await LoadRunner.ProvisionAsync(clients, new ResourceNames(RunId.New(DateTimeOffset.UtcNow), 1), cancellationToken);
        return new BenchmarkStore(store, clients, bucket, queue);
    }

    /// <summary>Puts one object of <paramref name="body"/> under <paramref name="key"/>.</summary>
    public Task PutAsync(string key, byte[] body, CancellationToken cancellationToken) =>
        Clients.S3.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = key, InputStream = new MemoryStream(body, writable: false) }, cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Clients.Dispose();
        await _store.DisposeAsync();
    }
}
