using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Running;

/// <summary>Removes what killed runs left on a store: everything named for the selected run(s) and nothing else, then lists again to
/// prove it is gone. Every call is bounded by the target's <c>timing.callTimeout</c>.</summary>
public sealed class SweepRunner(TargetCatalog catalog, Action<string> info)
{
    /// <summary>Sweeps (or, dry, lists). Bad options and target problems throw <see cref="FormatException"/> and
    /// <see cref="TargetSetupException"/> before anything is touched.</summary>
    public async Task<SweepOutcome> RunAsync(SweepOptions options, CancellationToken cancellationToken)
    {
        var selection = (options.RunId, options.OlderThan) switch
        {
            ({ } id, null) => RunSelection.Of(RunId.Parse(id)),
            (null, { } age) => RunSelection.OlderThan(age, DateTimeOffset.UtcNow),
            _ => throw new FormatException("give exactly one of --run RUN-ID and --older-than AGE"),
        };
        await using var target = catalog.Resolve(options.Target);
        var connection = await target.StartAsync(cancellationToken);
        if (connection.UnavailableReason is { } reason)
        {
            throw new TargetSetupException($"target '{connection.Name}' is not available here: {reason}");
        }

        await TargetPreflight.CheckAsync(connection, cancellationToken);
        using var clients = ProvisioningClients.For(connection);
        using var secondClients = ProvisioningClients.ForSecondRegion(connection);
        // Per region (the target's, and its second region's when it declares second-region): each region's resources are found
        // and deleted by clients signed for it.
        var sweepers = RunResourceSweeper.ForRegions(clients, connection.SecondRegion, secondClients);
        var byRegion = await FindAsync(sweepers, selection, cancellationToken);
        var found = byRegion.SelectMany(r => r).ToImmutableArray();
        info($"{selection} on {connection.Name} ({connection.Endpoints.S3}): {found.Length} resource(s)");
        foreach (var resource in found)
        {
            info($"  {resource.Kind.ToString().ToLowerInvariant(),-6} {resource.Name}");
        }

        if (options.DryRun || found.IsEmpty)
        {
            return new SweepOutcome(selection, found, [], options.DryRun);
        }

        var failures = new List<string>();
        foreach (var (sweeper, resources) in sweepers.Zip(byRegion))
        {
            failures.AddRange(await sweeper.DeleteAsync(resources, cancellationToken));
        }

        var left = (await FindAsync(sweepers, selection, cancellationToken)).SelectMany(r => r);
        failures.AddRange(left.Where(r => !failures.Any(f => f.Contains(r.Name, StringComparison.Ordinal)))
            .Select(r => $"{r.Kind} {r.Name}: still there after deletion"));
        return new SweepOutcome(selection, found, [.. failures], false);
    }

    // What each region's sweeper finds; a store answering every region on one endpoint lists the same queue in both, so a
    // later region keeps only what an earlier one did not find.
    private static async Task<ImmutableArray<ImmutableArray<ProvisionedResource>>> FindAsync(
        ImmutableArray<RunResourceSweeper> sweepers, RunSelection selection, CancellationToken cancellationToken)
    {
        var byRegion = new List<ImmutableArray<ProvisionedResource>>();
        foreach (var sweeper in sweepers)
        {
            var found = await sweeper.FindAsync(selection, cancellationToken);
            byRegion.Add([.. found.Where(r => !byRegion.Any(earlier => earlier.Contains(r)))]);
        }

        return [.. byRegion];
    }
}
