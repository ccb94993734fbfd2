using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Tests.Support;

/// <summary>Lists, through the real SDK clients, whatever still carries a run id on a store.</summary>
public static class Leftovers
{
    public static async Task<ImmutableArray<ProvisionedResource>> OfRunAsync(ReferenceStoreHost store, string runId)
    {
        // Both regions a run may use: a second-region scenario's rule lives on that region's bus only.
        var connection = EmbeddedTarget.ConnectionFor(store);
        using var clients = ProvisioningClients.For(connection);
        using var second = ProvisioningClients.ForSecondRegion(connection);
        var found = new List<ProvisionedResource>();
        foreach (var sweeper in RunResourceSweeper.ForRegions(clients, connection.SecondRegion, second))
        {
            found.AddRange((await sweeper.FindAsync(RunId.Parse(runId), CancellationToken.None)).Except(found));
        }

        return [.. found];
    }
}
