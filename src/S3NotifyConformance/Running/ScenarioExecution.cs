using System.Diagnostics;
using S3NotifyConformance.Actions;
using S3NotifyConformance.Collection;
using S3NotifyConformance.Judging;
using S3NotifyConformance.Judging.Rules;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Running;

/// <summary>Runs one scenario on its own bucket and destinations: provision, collect, act, end on a sentinel, judge,
/// tear down. Cleanup happens whatever the outcome.</summary>
public sealed class ScenarioExecution(
    TargetConnection target,
    ProvisioningClients clients,
    DeliveryWiring wiring,
    ScenarioJudge judge,
    HarnessClock clock,
    EventVersionPolicy eventVersions,
    Faults.FaultInjector? faults = null)
{
    // Fault steps act through the target's injector; without one they are errors ("no action performs FaultStep").
    private readonly ActionRunner _actions = faults is null ? ActionRunner.Default : ActionRunner.Default.With(new Faults.FaultAction(faults));

    /// <summary>Runs the scenario and returns the judgement with its duration.</summary>
    public async Task<(ScenarioJudgement Judgement, TimeSpan Duration)> RunAsync(Scenario scenario, ResourceNames names, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var resources = new ResourceLedger();
        try
        {
            var evidence = await CollectEvidenceAsync(scenario, names, resources, cancellationToken);
            return (judge.Judge(evidence), Stopwatch.GetElapsedTime(started));
        }
        finally
        {
            using var cleanup = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await new ResourceTeardown(clients).TeardownAsync(resources, cleanup.Token);
        }
    }

    private async Task<Evidence> CollectEvidenceAsync(Scenario scenario, ResourceNames names, ResourceLedger resources, CancellationToken cancellationToken)
    {
        var bucket = await new BucketProvisioner(clients.S3, resources).ProvisionAsync(names, scenario.Versioning, cancellationToken);
        var destinations = await ProvisionDestinationsAsync(scenario, names, bucket, resources, cancellationToken);
        var ledger = new EventLedger();
        using var collection = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var collecting = new CompositeCollector(destinations.Values.Select(wiring.CollectorFor)).RunAsync(ledger, collection.Token);
        var writes = new WriteLedger();
        try
        {
            var context = new ActionContext(clients.S3, target, bucket, scenario.Versioning, destinations, writes, clock, resources);
            if (!scenario.Notification.IsEmpty)
            {
                await _actions.RunAsync(new PutNotificationStep(scenario.Notification), 0, false, context, cancellationToken);
            }

            for (var i = 0; i < scenario.Steps.Length; i++)
            {
                await _actions.RunAsync(scenario.Steps[i], i + 1, false, context, cancellationToken);
            }

            var sentinel = SentinelPlanner.Plan(context.AppliedNotification, context.Versioning);
            foreach (var step in sentinel.Steps)
            {
                await _actions.RunAsync(step, -1, true, context, cancellationToken);
            }

            var policy = new DeliveryPolicy(target.Timings.ClockSkew, target.DuplicationAllowance);
            Evidence EvidenceNow(ImmutableArray<ObservedEvent> events) => new(
                scenario, bucket, target.Region, target.AccountId, writes.Snapshot(), events, destinations, ledger.Problems(), eventVersions, policy,
                sentinel.KeysByDestination);
            var expected = NotificationOracle.Expect(EvidenceNow([]));
            var testEventDestinations = scenario.Expect.TestEvents ? TestEventRule.ValidatedDestinations(writes.Snapshot()) : [];
            await ledger.WaitUntilAsync(
                events => IsComplete(events, sentinel, expected, testEventDestinations),
                target.Timings.DeliveryDeadline,
                cancellationToken);
            await Task.Delay(target.Timings.SettleWindow, cancellationToken);
            collection.Cancel();
            await collecting;
            return EvidenceNow(ledger.Snapshot());
        }
        finally
        {
            collection.Cancel();
            await collecting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task<ImmutableDictionary<string, ProvisionedDestination>> ProvisionDestinationsAsync(
        Scenario scenario, ResourceNames names, string bucket, ResourceLedger resources, CancellationToken cancellationToken)
    {
        var destinations = ImmutableDictionary.CreateBuilder<string, ProvisionedDestination>();
        foreach (var configuration in scenario.AllConfigurations.Where(c => c.IsProvisioned))
        {
            if (!destinations.ContainsKey(configuration.DestinationName))
            {
                destinations[configuration.DestinationName] = await wiring.Provisioner.ProvisionAsync(
                    configuration.DestinationName, configuration.Destination, names, bucket, resources, cancellationToken);
            }
        }

        return destinations.ToImmutable();
    }

    // Every expected event paired (not merely as many records as expected: an extra or duplicate record must not end
    // collection before a genuine event arrived), every sentinel and test event in, or the deadline.
    private static bool IsComplete(ImmutableArray<ObservedEvent> events, SentinelPlan sentinel, ImmutableArray<ExpectedEvent> expected, ImmutableHashSet<string> testEventDestinations)
    {
        var sentinelsArrived = sentinel.KeysByDestination.All(s => events.Any(e => e.DestinationName == s.Key && e.Key == s.Value));
        var records = events.Where(e => e.Record is not null && !Evidence.IsSentinel(e)).ToList();
        var recordsArrived = records.Count >= expected.Length && EventPairing.Pair(expected, records).Lost.IsEmpty;
        var testEventsArrived = testEventDestinations.All(d => events.Any(e => e.TestEvent is not null && e.DestinationName == d));
        return sentinelsArrived && recordsArrived && testEventsArrived;
    }
}
