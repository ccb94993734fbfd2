using Amazon.Runtime;
using S3NotifyConformance.ReferenceStore;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Targets;

/// <summary>The embedded reference store, started in-process on a free loopback port: the harness's known-good store.</summary>
/// <param name="duplicationAllowance">The share of duplicate deliveries the target states (the self-test's duplicate faults
/// state one; otherwise none).</param>
public sealed class EmbeddedTarget(ReferenceStoreBuilder builder, double duplicationAllowance = 0) : ITarget, IRestartableStore
{
    /// <summary>How long a restart keeps the store down: it stands in for a process starting again (the in-process store itself
    /// stops and starts listening within milliseconds).</summary>
    public static readonly TimeSpan RestartDowntime = TimeSpan.FromSeconds(1);

    /// <summary>The name <c>--target embedded</c> selects.</summary>
    public const string TargetName = "embedded";

    private ReferenceStore.ReferenceStore? _store;

    /// <summary>Simulated time per real second: 200 days, so a 90-day Intelligent-Tiering move or a day-long lifecycle rule acts
    /// within the delivery deadline.</summary>
    public const double TimeScale = 200 * 86400;

    /// <summary>An embedded target with default settings and the accelerated clock.</summary>
    public EmbeddedTarget()
        : this(DefaultBuilder)
    {
    }

    /// <summary>The reference store as the embedded target configures it.</summary>
    public static ReferenceStoreBuilder DefaultBuilder => new ReferenceStoreBuilder().WithTimeScale(TimeScale);

    /// <inheritdoc />
    public string Name => TargetName;

    /// <summary>The running store, once started (for fault knobs and statistics).</summary>
    public ReferenceStore.ReferenceStore? Store => _store;

    /// <inheritdoc />
    public async Task<TargetConnection> StartAsync(CancellationToken cancellationToken)
    {
        _store = builder.Build();
        await _store.StartAsync(cancellationToken);
        return ConnectionFor(_store) with { DuplicationAllowance = duplicationAllowance };
    }

    /// <summary>How to reach a running reference store: one endpoint for S3, SQS and SNS; every capability; Lambda functions
    /// registered with its admin API.</summary>
    public static TargetConnection ConnectionFor(ReferenceStore.ReferenceStore store)
    {
        var endpoint = store.GetEndpoint();
        return new TargetConnection(
            TargetName,
            "embedded",
            new TargetEndpoints(endpoint, endpoint, endpoint) { Events = endpoint },
            store.GetRegion(),
            new BasicAWSCredentials(store.GetConfiguration().Credentials.AccessKey, store.GetConfiguration().Credentials.SecretKey),
            [.. Enum.GetValues<Capability>()],
            TargetTimings.Embedded,
            DeliveryPath.SqsQueues,
            store.GetAccountId())
        {
            Lambda = LambdaDelivery.Registered(endpoint),
            EmbeddedStore = store,
        };
    }

    /// <inheritdoc />
    public Task RestartStoreAsync(CancellationToken cancellationToken) =>
        (_store ?? throw new InvalidOperationException("the embedded store is not started")).RestartAsync(RestartDowntime, cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }
}
