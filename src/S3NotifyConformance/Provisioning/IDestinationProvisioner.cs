using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Provisioning;

/// <summary>Creates the destination a configuration sends to, and says where its events can be collected.</summary>
public interface IDestinationProvisioner
{
    /// <summary>Creates one destination for <paramref name="bucket"/>, recording what it creates in <paramref name="ledger"/>.</summary>
    Task<ProvisionedDestination> ProvisionAsync(string destinationName, DestinationKind kind, ResourceNames names, string bucket, ResourceLedger ledger, CancellationToken cancellationToken);
}
