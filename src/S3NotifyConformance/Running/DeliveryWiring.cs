using S3NotifyConformance.Collection;
using S3NotifyConformance.Provisioning;

namespace S3NotifyConformance.Running;

/// <summary>How events get from a target to the ledger: who creates destinations, and which collector drains each.</summary>
public sealed record DeliveryWiring(IDestinationProvisioner Provisioner, Func<ProvisionedDestination, ICollector> CollectorFor);
