namespace S3NotifyConformance.ReferenceStore;

/// <summary>Immutable, Testcontainers-style builder of a <see cref="ReferenceStore"/>: every With* returns a new builder.</summary>
public sealed partial class ReferenceStoreBuilder
{
    /// <summary>Region used when none is configured.</summary>
    public const string DefaultRegion = "us-east-1";

    /// <summary>Account used when none is configured.</summary>
    public const string DefaultAccountId = "000000000000";

    /// <summary>Port used when none is configured: 0 picks a free port.</summary>
    public const int DefaultPort = 0;

    /// <summary>Default clock acceleration: one simulated day per real second.</summary>
    public const double DefaultTimeScale = 86400;

    /// <summary>Largest request body accepted when none is configured: 64 MiB.</summary>
    public const long DefaultMaxBodyBytes = 64L * 1024 * 1024;

    private readonly ReferenceStoreConfiguration _configuration;

    /// <summary>Creates a builder with the defaults.</summary>
    public ReferenceStoreBuilder()
        : this(new ReferenceStoreConfiguration(DefaultPort, DefaultRegion, DefaultAccountId, DeliveryFaults.None, DefaultTimeScale, TimeSpan.FromMinutes(1)))
    {
    }

    private ReferenceStoreBuilder(ReferenceStoreConfiguration configuration) => _configuration = configuration;

    /// <summary>Listens on this port of 127.0.0.1 (0 = a free port).</summary>
    public ReferenceStoreBuilder WithPort(int port) => new(_configuration with { Port = port });

    /// <summary>Default region of buckets, queues and topics.</summary>
    public ReferenceStoreBuilder WithRegion(string region) => new(_configuration with { Region = region });

    /// <summary>The 12-digit account owning every resource.</summary>
    public ReferenceStoreBuilder WithAccountId(string id) => new(_configuration with { AccountId = id });

    /// <summary>Faults injected into notification delivery.</summary>
    public ReferenceStoreBuilder WithFaults(DeliveryFaults faults) => new(_configuration with { Faults = faults });

    /// <summary>Adds a seeded misbehaviour (repeatable), for testing the harness's verdicts: see <see cref="Faults.StoreFaultCatalog"/>.</summary>
    public ReferenceStoreBuilder WithFault(Faults.StoreFault fault) => new(_configuration with { SeededFaults = _configuration.SeededFaults.Add(fault) });

    /// <summary>Accelerated clock for lifecycle, restore, tiering and replication: simulated seconds per real second.</summary>
    public ReferenceStoreBuilder WithTimeScale(double simulatedSecondsPerRealSecond) => new(_configuration with { TimeScale = simulatedSecondsPerRealSecond });

    /// <summary>Simulated time one replication takes; above the rule's threshold it triggers the threshold events.</summary>
    public ReferenceStoreBuilder WithReplicationLatency(TimeSpan simulatedLatency) => new(_configuration with { ReplicationLatency = simulatedLatency });

    /// <summary>The access key and secret requests must be signed with (default <see cref="StoreCredentials.Default"/>).</summary>
    public ReferenceStoreBuilder WithCredentials(string accessKey, string secretKey) => new(_configuration with { Credentials = new StoreCredentials(accessKey, secretKey) });

    /// <summary>Whether SigV4 signatures are checked (default true); false accepts any or no signature.</summary>
    public ReferenceStoreBuilder WithSignatureVerification(bool verify) => new(_configuration with { VerifySignatures = verify });

    /// <summary>The largest request body accepted, in bytes (default 64 MiB).</summary>
    public ReferenceStoreBuilder WithMaxBodyBytes(long bytes) => new(_configuration with { MaxBodyBytes = bytes });

    /// <summary>What delivery does while a destination is down (see <see cref="ReferenceStore.BeginDeliveryDisruption"/>): retry
    /// with backoff and deliver later (default), or drop.</summary>
    public ReferenceStoreBuilder WithOutagePolicy(Faults.OutagePolicy policy) => new(_configuration with { OutagePolicy = policy });

    /// <summary>The configuration this builder would build.</summary>
    public ReferenceStoreConfiguration GetConfiguration() => _configuration;

    /// <summary>Validates the configuration and creates a store (not yet started).</summary>
    public ReferenceStore Build()
    {
        _configuration.Validate();
        return new ReferenceStore(_configuration);
    }
}
