using System.Collections.Immutable;

namespace S3NotifyConformance.ReferenceStore;

/// <summary>The settings a <see cref="ReferenceStore"/> is built from; produced by <see cref="ReferenceStoreBuilder"/>.</summary>
/// <param name="Port">TCP port on 127.0.0.1; 0 picks a free port.</param>
/// <param name="Region">Default region: buckets created without a LocationConstraint, queues and topics.</param>
/// <param name="AccountId">The 12-digit account that owns every resource.</param>
/// <param name="Faults">Delivery faults.</param>
/// <param name="TimeScale">Simulated seconds per real second for lifecycle, restore, tiering and replication timers.</param>
/// <param name="ReplicationLatency">Simulated time a replication takes (compared with the replication time threshold).</param>
public sealed partial record ReferenceStoreConfiguration(
    int Port,
    string Region,
    string AccountId,
    DeliveryFaults Faults,
    double TimeScale,
    TimeSpan ReplicationLatency)
{
    /// <summary>The access key and secret every request must be signed with (when <see cref="VerifySignatures"/>).</summary>
    public StoreCredentials Credentials { get; init; } = StoreCredentials.Default;

    /// <summary>Whether SigV4 signatures are checked (on by default); off, any or no signature is accepted.</summary>
    public bool VerifySignatures { get; init; } = true;

    /// <summary>The largest request body accepted, in bytes; larger ones are refused before they are read.</summary>
    public long MaxBodyBytes { get; init; } = ReferenceStoreBuilder.DefaultMaxBodyBytes;

    /// <summary>Seeded misbehaviours (none by default): see <see cref="Faults.StoreFaultCatalog"/>.</summary>
    public ImmutableSortedSet<Faults.StoreFault> SeededFaults { get; init; } = [];

    /// <summary>What delivery does while a destination is down (an outage window, a restart): retry (default) or drop.</summary>
    public global::S3NotifyConformance.ReferenceStore.Faults.OutagePolicy OutagePolicy { get; init; } = global::S3NotifyConformance.ReferenceStore.Faults.OutagePolicy.Retry;

    /// <summary>Throws <see cref="ArgumentException"/> when a setting is invalid.</summary>
    public void Validate()
    {
        if (Port is < 0 or > 65535)
        {
            throw new ArgumentException($"Port must be within 0..65535 (got {Port}).");
        }

        if (string.IsNullOrWhiteSpace(Region) || !Region.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new ArgumentException($"Region must be a lower-case AWS region name such as us-east-1 (got '{Region}').");
        }

        if (AccountId is null || AccountId.Length != 12 || !AccountId.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"AccountId must be 12 digits (got '{AccountId}').");
        }

        ArgumentNullException.ThrowIfNull(Faults);
        Faults.Validate();
        if (!double.IsFinite(TimeScale) || TimeScale <= 0)
        {
            throw new ArgumentException($"TimeScale must be a positive number (got {TimeScale}).");
        }

        if (Credentials is null || string.IsNullOrEmpty(Credentials.AccessKey) || string.IsNullOrEmpty(Credentials.SecretKey))
        {
            throw new ArgumentException("Credentials need a non-empty access key and secret key.");
        }

        if (MaxBodyBytes < 1)
        {
            throw new ArgumentException($"MaxBodyBytes must be at least 1 (got {MaxBodyBytes}).");
        }

        if (ReplicationLatency < TimeSpan.Zero)
        {
            throw new ArgumentException($"ReplicationLatency must not be negative (got {ReplicationLatency}).");
        }
    }
}
