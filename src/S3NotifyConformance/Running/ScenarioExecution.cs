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

    /// <summary>The target's second region, for scenarios whose bucket lives there (<c>region: second</c>); null when the target
    /// does not declare <c>second-region</c> (such scenarios are then unsupported and never reach this class).</summary>
    public RegionalTarget? SecondRegion { get; init; }

    /// <summary>How this execution's delivery waits ended, and the time spent working, waiting and settling.</summary>
    public DeliveryWaitTally Waits { get; } = new();

    /// <summary>Runs the scenario and returns the judgement with its duration (from the moment it got a working slot). It works
    /// on the store only while it holds one of <paramref name="slots"/>, and gives it up while it waits for deliveries.</summary>
    public async Task<(ScenarioJudgement Judgement, TimeSpan Duration)> RunAsync(Scenario scenario, ResourceNames names, StoreWorkSlots slots, CancellationToken cancellationToken)
    {
        var here = RegionOf(scenario);
        var resources = new ResourceLedger();
        var work = await slots.TakeAsync(cancellationToken);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var (evidence, faultWindows) = await CollectEvidenceAsync(here, scenario, names, resources, work, cancellationToken);
            return (judge.Judge(evidence) with { FaultWindows = faultWindows }, Stopwatch.GetElapsedTime(started));
        }
        finally
        {
            work.Dispose();
            using (await TakeForTeardownAsync(slots))
            {
                using var cleanup = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                await new ResourceTeardown(here.Clients).TeardownAsync(resources, cleanup.Token);
            }
        }
    }

    private RegionalTarget RegionOf(Scenario scenario) => scenario.Region == BucketRegion.Second
        ? SecondRegion ?? throw new InvalidOperationException($"scenario {scenario.Id} needs a second region, and the target has no {Capability.SecondRegion.ToName()}")
        : new RegionalTarget(target, clients, wiring);

    // Teardown happens whatever the outcome, Ctrl+C included: it waits for a slot a bounded time, then removes without one.
    private static async Task<IDisposable?> TakeForTeardownAsync(StoreWorkSlots slots)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            return await slots.TakeAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    // The bucket's region is the request's: the scenario asks for the second region, and the evidence's region (what records and
    // EventBridge events must carry) is the one the bucket was created in, never what the store says about it.
    private async Task<(Evidence Evidence, ImmutableArray<Faults.FaultWindow> FaultWindows)> CollectEvidenceAsync(
        RegionalTarget here, Scenario scenario, ResourceNames names, ResourceLedger resources, IDisposable work, CancellationToken cancellationToken)
    {
        var locationConstraint = scenario.Region == BucketRegion.Second ? here.Connection.Region : null;
        var bucket = await new BucketProvisioner(here.Clients.S3, resources).ProvisionAsync(names, scenario.Versioning, cancellationToken, locationConstraint);
        var destinations = await ProvisionDestinationsAsync(here.Wiring, here.Clients, scenario, names, bucket, resources, cancellationToken);
        var ledger = new EventLedger();
        using var collection = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var collecting = new CompositeCollector(destinations.Values.Select(here.Wiring.CollectorFor)).RunAsync(ledger, collection.Token);
        var writes = new WriteLedger();
        ActionContext? context = null;
        try
        {
            context = new ActionContext(here.Clients.S3, here.Connection, bucket, scenario.Versioning, destinations, writes, clock, resources);
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
                scenario, bucket, here.Connection.Region, target.AccountId, writes.Snapshot(), events, destinations, ledger.Problems(), eventVersions, policy,
                sentinel.KeysByDestination);
            var expected = NotificationOracle.Expect(EvidenceNow([]));
            var testEventDestinations = scenario.Expect.TestEvents ? TestEventRule.ValidatedDestinations(writes.Snapshot()) : [];

            // Everything is written: from here the scenario only waits, and another may work on the store meanwhile.
            work.Dispose();
            await WaitForDeliveriesAsync(ledger, events => IsComplete(events, sentinel, expected, testEventDestinations), sentinel, cancellationToken);
            await Task.Delay(target.Timings.SettleWindow, cancellationToken);
            Waits.Settled(target.Timings.SettleWindow);
            collection.Cancel();
            await collecting;
            return (EvidenceNow(ledger.Snapshot()), await Faults.FaultAction.WindowsAsync(context));
        }
        finally
        {
            collection.Cancel();
            await collecting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            // A fault a step began is lifted before teardown, whatever the outcome.
            if (context is not null)
            {
                await Faults.FaultAction.WindowsAsync(context);
            }
        }
    }

    private static async Task<ImmutableDictionary<string, ProvisionedDestination>> ProvisionDestinationsAsync(
        DeliveryWiring wiring, ProvisioningClients clients, Scenario scenario, ResourceNames names, string bucket, ResourceLedger resources, CancellationToken cancellationToken)
    {
        var destinations = ImmutableDictionary.CreateBuilder<string, ProvisionedDestination>();
        foreach (var configuration in scenario.AllConfigurations.Where(c => c.IsProvisioned))
        {
            if (!destinations.ContainsKey(configuration.DestinationName))
            {
                var destination = await wiring.Provisioner.ProvisionAsync(
                    configuration.DestinationName, configuration.Destination, names, bucket, resources, cancellationToken);
                // A destination S3 must refuse (destinationPolicy: denies-s3, other-bucket) gets its policy replaced.
                await DestinationPolicyWriter.ApplyAsync(clients, destination, configuration.DestinationPolicy, bucket, cancellationToken);
                destinations[configuration.DestinationName] = destination;
            }
        }

        return destinations.ToImmutable();
    }

    // Until everything expected is in, or the delivery deadline. Once every sentinel is in (it was written after every other
    // write), what has not arrived may trail it by timing.afterSentinel at most: for a store that delivers in write order,
    // the sentinel proves nothing more is coming; for one of unknown order that allowance is the whole deadline.
    private async Task WaitForDeliveriesAsync(EventLedger ledger, Func<ImmutableArray<ObservedEvent>, bool> complete, SentinelPlan sentinel, CancellationToken cancellationToken)
    {
        var waiting = Stopwatch.GetTimestamp();
        var deadline = target.Timings.DeliveryDeadline;
        var end = DeliveryWaitEnd.Deadline;
        if (await ledger.WaitUntilAsync(events => complete(events) || SentinelsArrived(events, sentinel), deadline, cancellationToken))
        {
            var left = deadline - Stopwatch.GetElapsedTime(waiting);
            var afterSentinel = target.Timings.AfterSentinel < left ? target.Timings.AfterSentinel : left;
            end = await ledger.WaitUntilAsync(complete, afterSentinel, cancellationToken) ? DeliveryWaitEnd.Complete
                : afterSentinel < left ? DeliveryWaitEnd.AfterSentinel : DeliveryWaitEnd.Deadline;
        }

        Waits.Waited(end, Stopwatch.GetElapsedTime(waiting));
    }

    // No sentinel (nothing provisioned, or no write the configuration is sure to notify) proves nothing.
    private static bool SentinelsArrived(ImmutableArray<ObservedEvent> events, SentinelPlan sentinel) =>
        !sentinel.KeysByDestination.IsEmpty && sentinel.KeysByDestination.All(s => events.Any(e => e.DestinationName == s.Key && e.Key == s.Value));

    // Every expected event paired (not merely as many records as expected: an extra or duplicate record must not end
    // collection before a genuine event arrived), every sentinel and test event in, or the deadline.
    private static bool IsComplete(ImmutableArray<ObservedEvent> events, SentinelPlan sentinel, ImmutableArray<ExpectedEvent> expected, ImmutableHashSet<string> testEventDestinations)
    {
        var sentinelsArrived = sentinel.KeysByDestination.IsEmpty || SentinelsArrived(events, sentinel);
        var records = events.Where(e => e.Record is not null && !Evidence.IsSentinel(e)).ToList();
        var recordsArrived = records.Count >= expected.Length && EventPairing.Pair(expected, records).Lost.IsEmpty;
        var testEventsArrived = testEventDestinations.All(d => events.Any(e => e.TestEvent is not null && e.DestinationName == d));
        return sentinelsArrived && recordsArrived && testEventsArrived;
    }
}
