using System.Diagnostics;
using Amazon.S3.Model;
using S3NotifyConformance.Judging;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Probing;

/// <summary>Checks, on a run-scoped bucket (<c>s3n-{run id}-probe</c>), what a store does with each capability that has a
/// probe, whatever its target file declares, and raises a finding when a store accepts a call and then ignores it or damages
/// data, or when a declared capability is observed absent. The bucket and destination are removed afterwards, whatever happens.</summary>
/// <param name="destinations">Creates the destination the notification probes configure; null when the target has none.</param>
/// <param name="callTimeout">The longest one probe call may take (default <see cref="CallTimeout"/>); teardown gets three times as long.</param>
public sealed class CapabilityProbe(TargetConnection connection, ProvisioningClients clients, IDestinationProvisioner? destinations, TimeSpan? callTimeout = null)
{
    /// <summary>The rule id of probe findings.</summary>
    public const string Rule = "capability.observed";

    /// <summary>The longest one probe call may take, unless the constructor says otherwise.</summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);

    private readonly TimeSpan _callTimeout = callTimeout ?? CallTimeout;

    /// <summary>The probe bucket of a run.</summary>
    public static string BucketFor(RunId runId) => $"{runId.ResourcePrefix}probe";

    /// <summary>Runs every probe; cancellation stops it (after teardown), store behaviour of any kind is an observation.</summary>
    public async Task<ProbeResult> ProbeAsync(RunId runId, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var bucket = BucketFor(runId);
        var ledger = new ResourceLedger();
        var probes = ProbesFor(connection);
        var verdicts = new Dictionary<Capability, (ICapabilityProbe Probe, ProbeVerdict Verdict)>();
        try
        {
            var context = new ProbeContext(clients.S3, bucket, _callTimeout, destinations is null
                ? null
                : token => destinations.ProvisionAsync("probe", DestinationKindFor(connection), new ResourceNames(runId, 0), bucket, ledger, token));
            var setupError = await CreateBucketAsync(context, ledger, cancellationToken);
            foreach (var probe in probes)
            {
                verdicts[probe.Capability] = (probe, setupError is null ? await probe.ProbeAsync(context, cancellationToken) : ProbeVerdict.Error(setupError));
            }
        }
        finally
        {
            await TeardownAsync(ledger);
        }

        var observations = Enum.GetValues<Capability>().Select(c => verdicts.TryGetValue(c, out var v)
            ? new CapabilityObservation(c.ToName(), Declares(c), v.Verdict.Observed, v.Verdict.Detail)
            : new CapabilityObservation(c.ToName(), Declares(c), ObservedCapability.NotProbed, "no probe for this capability")).ToImmutableArray();
        var findings = verdicts.OrderBy(v => v.Key).Select(v => v.Value).Select(v => FindingFor(v.Probe, Declares(v.Probe.Capability), v.Verdict, bucket)).OfType<Finding>().ToImmutableArray();
        return new ProbeResult(observations, findings, bucket, started.Elapsed.TotalMilliseconds);
    }

    /// <summary>The probes, in the order they run: notification configurations first, versioning last (it leaves the bucket versioned).</summary>
    public static ImmutableArray<ICapabilityProbe> ProbesFor(TargetConnection connection) =>
        [new NotificationRoundTripProbe(DestinationKindFor(connection)), new ConfigurationValidationProbe(), new TaggingProbe(), new AclProbe(), new VersioningProbe()];

    /// <summary>A finding when the store accepted a call and ignored it or damaged data (declared or not), or when a declared
    /// capability is absent; null otherwise.</summary>
    public static Finding? FindingFor(ICapabilityProbe probe, bool declared, ProbeVerdict verdict, string bucket)
    {
        var finds = verdict.Observed is ObservedCapability.Ignored or ObservedCapability.DamagesData
                    || (declared && verdict.Observed == ObservedCapability.Absent);
        if (!finds)
        {
            return null;
        }

        var name = probe.Capability.ToName();
        var expected = declared
            ? $"{probe.Aspect} (the target declares {name})"
            : $"{probe.Aspect}, or the call is rejected (the target does not declare {name}); never accepted and then ignored, never damaging data";
        return new Finding(Rule, $"{name}: probe on bucket {bucket}", expected, $"{verdict.Observed.ToText()}: {verdict.Detail}")
        {
            Aspect = $"{name}: {probe.Aspect}",
            ActualClass = $"{verdict.Observed.ToText()}: {verdict.Class}",
        };
    }

    // The destination kind events are collected through: a queue when the store declares one (or stands another in for it).
    private static DestinationKind DestinationKindFor(TargetConnection connection) =>
        connection.Capabilities.Contains(Capability.SqsDestination) || !connection.Capabilities.Contains(Capability.SnsDestination)
            ? DestinationKind.Sqs
            : DestinationKind.Sns;

    private bool Declares(Capability capability) => connection.Capabilities.Contains(capability);

    // Not the run's token: Ctrl+C during the probe still removes what it created. What is left (a store that does not answer
    // within the bound) carries the run id, and the run's final sweep reports it.
    private async Task TeardownAsync(ResourceLedger ledger)
    {
        using var teardown = new CancellationTokenSource(3 * _callTimeout);
        try
        {
            await new ResourceTeardown(clients).TeardownAsync(ledger, teardown.Token);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static async Task<string?> CreateBucketAsync(ProbeContext context, ResourceLedger ledger, CancellationToken cancellationToken)
    {
        try
        {
            // Recorded before the call: a create that times out after the store made the bucket is still removed.
            ledger.Add(new ProvisionedResource(ResourceKind.Bucket, context.Bucket, context.Bucket));
            await context.CallAsync((s3, token) => s3.PutBucketAsync(new PutBucketRequest { BucketName = context.Bucket }, token), cancellationToken);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return $"the probe bucket could not be created: {ProbeContext.Describe(e)}";
        }
    }
}
