using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Running;

/// <summary>The target as one region sees it: the connection signed for that region, the clients made from it, and how events
/// get from its destinations to the ledger. A scenario runs wholly in its bucket's region.</summary>
public sealed record RegionalTarget(TargetConnection Connection, ProvisioningClients Clients, DeliveryWiring Wiring);
