using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Provisioning;

/// <summary>Destinations configured on the store's side (a MinIO webhook target): nothing to create, every configuration
/// names the given ARN, and events are told apart by the bucket they name (the webhook receiver routes by it).</summary>
public sealed class StoreSideDestinationProvisioner(string arn) : IDestinationProvisioner
{
    /// <inheritdoc />
    public Task<ProvisionedDestination> ProvisionAsync(string destinationName, DestinationKind kind, ResourceNames names, string bucket, ResourceLedger ledger, CancellationToken cancellationToken) =>
        Task.FromResult(new ProvisionedDestination(destinationName, kind, arn, null, names.Destination(destinationName)));
}
