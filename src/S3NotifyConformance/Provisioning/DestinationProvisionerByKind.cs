using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Provisioning;

/// <summary>Hands each destination kind to its own provisioner (a Lambda function is not made the way a queue is), and every
/// other kind to <paramref name="fallback"/>.</summary>
public sealed class DestinationProvisionerByKind(IDestinationProvisioner fallback, ImmutableDictionary<DestinationKind, IDestinationProvisioner> byKind) : IDestinationProvisioner
{
    /// <inheritdoc />
    public Task<ProvisionedDestination> ProvisionAsync(string destinationName, DestinationKind kind, ResourceNames names, string bucket, ResourceLedger ledger, CancellationToken cancellationToken) =>
        byKind.GetValueOrDefault(kind, fallback).ProvisionAsync(destinationName, kind, names, bucket, ledger, cancellationToken);
}
