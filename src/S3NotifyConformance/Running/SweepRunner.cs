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
        var sweeper = new RunResourceSweeper(clients);
        var found = await sweeper.FindAsync(selection, cancellationToken);
        info($"{selection} on {connection.Name} ({connection.Endpoints.S3}): {found.Length} resource(s)");
        foreach (var resource in found)
        {
            info($"  {resource.Kind.ToString().ToLowerInvariant(),-6} {resource.Name}");
        }

        if (options.DryRun || found.IsEmpty)
        {
            return new SweepOutcome(selection, found, [], options.DryRun);
        }

        var failures = (await sweeper.DeleteAsync(found, cancellationToken)).ToList();
        var left = await sweeper.FindAsync(selection, cancellationToken);
        failures.AddRange(left.Where(r => !failures.Any(f => f.Contains(r.Name, StringComparison.Ordinal)))
            .Select(r => $"{r.Kind} {r.Name}: still there after deletion"));
        return new SweepOutcome(selection, found, [.. failures], false);
    }
}
