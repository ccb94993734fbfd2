using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Tests.Support;

/// <summary>Lists, through the real SDK clients, whatever still carries a run id on a store.</summary>
public static class Leftovers
{
    public static async Task<ImmutableArray<ProvisionedResource>> OfRunAsync(ReferenceStoreHost store, string runId)
    {
        using var clients = ProvisioningClients.For(EmbeddedTarget.ConnectionFor(store));
        return await new RunResourceSweeper(clients).FindAsync(RunId.Parse(runId), CancellationToken.None);
    }
}
