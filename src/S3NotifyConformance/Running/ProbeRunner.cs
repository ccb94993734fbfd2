using S3NotifyConformance.Collection;
using S3NotifyConformance.Probing;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Running;

/// <summary>Runs the capability probe alone (<c>s3notify probe</c>): starts the target, checks it is reachable, probes, and
/// removes everything carrying the run id. Writes no files.</summary>
public sealed class ProbeRunner(TargetCatalog catalog, IRunProgress progress)
{
    /// <summary>Probes <paramref name="targetName"/>; target problems throw <see cref="TargetSetupException"/> before anything is created.</summary>
    public async Task<ProbeOutcome> ProbeAsync(string? targetName, CancellationToken cancellationToken)
    {
        await using var target = catalog.Resolve(targetName);
        var connection = await HarnessRunner.StartTargetAsync(target, progress, cancellationToken);
        var runId = RunId.New(DateTimeOffset.UtcNow);
        var endpoint = connection.Endpoints.S3.ToString();
        if (connection.UnavailableReason is { } reason)
        {
            return new ProbeOutcome(runId.Value, connection.Name, endpoint, null, reason, []);
        }

        using var clients = ProvisioningClients.For(connection);
        await using var webhook = await HarnessRunner.StartWebhookAsync(connection, cancellationToken);
        await using var amqp = await HarnessRunner.StartAmqpAsync(connection, runId, cancellationToken);
        progress.Info($"probe {runId} on {connection.Name}: bucket {CapabilityProbe.BucketFor(runId)}");
        ProbeResult probe;
        var cleanupFailures = ImmutableArray<string>.Empty;
        try
        {
            probe = await new CapabilityProbe(connection, clients, HarnessRunner.WiringFor(connection, clients, webhook, amqp).Provisioner).ProbeAsync(runId, cancellationToken);
        }
        finally
        {
            cleanupFailures = await new RunResourceSweeper(clients).SweepOrReportAsync(runId, TimeSpan.FromSeconds(60));
            progress.Info(RunResourceSweeper.Describe(runId, cleanupFailures));
        }

        return new ProbeOutcome(runId.Value, connection.Name, endpoint, probe, null, cleanupFailures);
    }

    /// <summary>The probe step of <c>run</c> on a started target: probes, and reports each probed capability as a line of progress.</summary>
    public static async Task<ProbeResult> ProbeStartedAsync(
        TargetConnection connection, ProvisioningClients clients, WebhookServer? webhook, RunId runId, IRunProgress progress, CancellationToken cancellationToken,
        AmqpReceiver? amqp = null)
    {
        var probe = await new CapabilityProbe(connection, clients, HarnessRunner.WiringFor(connection, clients, webhook, amqp).Provisioner).ProbeAsync(runId, cancellationToken);
        foreach (var row in probe.Capabilities.Where(c => c.Observed != ObservedCapability.NotProbed))
        {
            progress.Info($"probe: {row.Describe()}");
        }

        return probe;
    }
}
