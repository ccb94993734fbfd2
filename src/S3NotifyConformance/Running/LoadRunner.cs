using System.Diagnostics;
using System.Runtime;
using S3NotifyConformance.Faults;
using S3NotifyConformance.Load;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.ReferenceStore;
using S3NotifyConformance.Reports.Load;
using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Running;

/// <summary>Runs a load test: validates the plan, starts the target, provisions a bucket whose ObjectCreated:Put events go to a
/// queue (or, on push targets, the topic that stands in for it: HTTP push to the webhook receiver, or AMQP), collects into a <see cref="DeliveryTracker"/>, warms up, measures, drains, removes what carries the run id, evaluates
/// thresholds and writes the reports. Read it as the list of steps in <see cref="RunAsync"/>.</summary>
public sealed class LoadRunner(TargetCatalog catalog, ILoadProgress progress)
{
    /// <summary>Where the load objects live; only keys under it notify.</summary>
    public const string KeyPrefix = "load/";

    /// <summary>The scenario's name in reports.</summary>
    public const string ScenarioName = "put_object → sqs";

    /// <summary>Runs the load test. Plan, threshold and target problems throw before anything is created.</summary>
    public async Task<LoadRunOutcome> RunAsync(LoadRunOptions options, CancellationToken cancellationToken)
    {
        var plan = LoadPlan.Parse(options.Simulations);
        var thresholds = options.Thresholds.Select(Threshold.Parse).ToImmutableArray();
        var faultPlan = FaultSpec.ParsePlan(options.Faults.IsDefault ? [] : options.Faults);
        if (options.ObjectSize < 0)
        {
            throw new LoadPlanException($"object size must not be negative (got {options.ObjectSize})");
        }

        if (options.StartAt is { } startAt)
        {
            LoadStartTime.Check(startAt, DateTimeOffset.UtcNow);
        }

        var runId = RunId.New(DateTimeOffset.UtcNow);
        await using var target = ResolveTarget(options);
        foreach (var line in SweepCommandLine.Announcement(options.Target, runId))
        {
            progress.Info(line);
        }

        var connection = WithTopicAttributes(await target.StartAsync(cancellationToken), options.TopicAttributes);
        await TargetPreflight.CheckAsync(connection, cancellationToken);
        // Push targets deliver to the harness's receivers, as in a conformance run; endpoint faults act on those.
        await using var webhook = await HarnessRunner.StartWebhookAsync(connection, cancellationToken);
        await using var amqp = await HarnessRunner.StartAmqpAsync(connection, runId, cancellationToken);
        var injector = FaultSurfaces.For(target, connection, EndpointSurface(webhook, amqp));
        injector.Check(faultPlan, connection.Name);

        var reportDirectory = Path.Combine(options.ReportRoot, runId.Value);
        progress.Info($"load run {runId} on {connection.Name} ({connection.Endpoints.S3}): {string.Join(" → ", plan.Texts)}");
        var startedAt = DateTimeOffset.UtcNow;
        using var clients = ProvisioningClients.For(connection);
        Measurement measurement;
        // The load stops on Ctrl+C (the caller's token) or when the store stops answering (the monitor's): told apart below.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, connection.Calls.Unresponsive);
        try
        {
            measurement = await MeasureAsync(plan, options, clients, HarnessRunner.WiringFor(connection, clients, webhook, amqp), amqp, runId, (injector, faultPlan), stop.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or Amazon.Runtime.AmazonClientException or TimeoutException
                                      && (cancellationToken.IsCancellationRequested || connection.Calls.IsUnresponsive))
        {
            // Stopped while provisioning: nothing was measured, and the report says why.
            measurement = new Measurement(new LoadMetrics(Stopwatch.GetTimestamp()).ToResult(plan, ScenarioName, "put_object", options.Warmup),
                cancellationToken.IsCancellationRequested ? [] : [$"provisioning stopped: {e.Message}"], cancellationToken.IsCancellationRequested, null);
        }
        catch
        {
            await SweepAsync(clients, connection, runId);
            throw;
        }

        string? stoppedBecause = null;
        if (!cancellationToken.IsCancellationRequested && connection.Calls.UnresponsiveReason is { } why)
        {
            stoppedBecause = $"{why} (target '{connection.Name}')";
            progress.Info($"{stoppedBecause}: stopping the load, writing its report");
            measurement = measurement with { Problems = measurement.Problems.Insert(0, stoppedBecause), Interrupted = false };
        }

        var cleanupFailures = await SweepAsync(clients, connection, runId);
        progress.Info(connection.Calls.Describe());
        var summary = connection.Summary(StoreKnobs(options));
        if (ReceiverNote(webhook, amqp) is { } note)
        {
            progress.Info(note);
            summary = summary with { Note = summary.Note is null ? note : $"{summary.Note}; {note}" };
        }

        var result = new LoadRunResult(
            RunHeader.OnThisMachine(RunKind.Load, runId.Value, HarnessRunner.Tool, summary, startedAt, DateTimeOffset.UtcNow),
            new LoadSettings(plan.Texts, options.Warmup.TotalSeconds, options.Drain.TotalSeconds, options.ObjectSize, [.. thresholds.Select(t => t.Text)])
            {
                Faults = [.. faultPlan.Select(f => f.Text)],
                StartAt = options.StartAt,
            },
            measurement.Result, LoadRunResult.Evaluate(thresholds, measurement.Result), measurement.Problems, cleanupFailures, measurement.Interrupted, [runId.Value])
        {
            StoppedBecause = stoppedBecause,
            LateStart = measurement.LateStart,
        };
        await DefaultLoadReportWriters.All.WriteAsync(result, reportDirectory, CancellationToken.None);
        progress.Info($"reports: {reportDirectory}");
        return new LoadRunOutcome(result, reportDirectory);
    }

    private static IFaultSurface? EndpointSurface(Collection.WebhookServer? webhook, Collection.AmqpReceiver? amqp) =>
        webhook is not null ? new WebhookFaultSurface(webhook) : amqp is not null ? new AmqpExchangeFaultSurface(amqp) : null;

    /// <summary>The connection with <paramref name="attributes"/> over its push or AMQP topics' attributes (e.g. persistent=true).</summary>
    internal static TargetConnection WithTopicAttributes(TargetConnection connection, ImmutableSortedDictionary<string, string> attributes)
    {
        if (attributes.IsEmpty)
        {
            return connection;
        }

        if (connection.DeliveryPath == DeliveryPath.SqsQueues)
        {
            throw new TargetSetupException($"--topic-attribute sets push or AMQP topics' attributes; target '{connection.Name}' delivers to SQS queues");
        }

        if (connection.DeliveryPath == DeliveryPath.Amqp)
        {
            var amqp = connection.Amqp ?? AmqpSettings.Launched;
            return connection with { Amqp = amqp with { TopicAttributes = amqp.TopicAttributes.SetItems(attributes) } };
        }

        var webhook = connection.Webhook ?? WebhookSettings.Loopback;
        return connection with { Webhook = webhook with { TopicAttributes = webhook.TopicAttributes.SetItems(attributes) } };
    }

    // What the receivers saw besides the matched events: the store's retries against a disrupted receiver show up here.
    private static string? ReceiverNote(Collection.WebhookServer? webhook, Collection.AmqpReceiver? amqp)
    {
        if (webhook is not null)
        {
            var s = webhook.Statistics;
            return $"webhook {webhook.BaseUrl}: {s.Posts} POSTs recorded, {webhook.Disrupted} held or answered an error by endpoint faults, " +
                   $"{s.UnknownChannel} for no registered destination";
        }

        return amqp is null ? null : $"AMQP exchange {amqp.Exchange}: {amqp.Statistics.Messages} messages consumed";
    }

    private ITarget ResolveTarget(LoadRunOptions options)
    {
        if (options.StoreFaults is null && options.StoreOutagePolicy is null)
        {
            return catalog.Resolve(options.Target);
        }

        if (!string.IsNullOrWhiteSpace(options.Target) && !string.Equals(options.Target, EmbeddedTarget.TargetName, StringComparison.OrdinalIgnoreCase))
        {
            throw new TargetSetupException("--delay, --duplicate, --drop and --on-outage set the embedded store's faults; they cannot apply to target " + options.Target);
        }

        var builder = new ReferenceStoreBuilder().WithFaults(options.StoreFaults ?? DeliveryFaults.None);
        return new EmbeddedTarget(options.StoreOutagePolicy is { } policy ? builder.WithOutagePolicy(policy) : builder);
    }

    // What the measuring step returns: the result, the collectors' problems, Ctrl+C, and a late start's note (see --start-at).
    private sealed record Measurement(LoadResult Result, ImmutableArray<string> Problems, bool Interrupted, string? LateStart);

    private async Task<Measurement> MeasureAsync(
        LoadPlan plan, LoadRunOptions options, ProvisioningClients clients, DeliveryWiring wiring, Collection.AmqpReceiver? amqp, RunId runId,
        (FaultInjector Injector, ImmutableArray<FaultSpec> Plan) faults, CancellationToken cancellationToken)
    {
        var (bucket, destination) = await ProvisionAsync(clients, wiring.Provisioner, new ResourceNames(runId, 1), cancellationToken);
        // SQS queues get the run's receiver count; pushed and AMQP events come through the wiring's collector, as in a conformance run.
        Func<Collection.ICollector> collector = destination.QueueUrl is { } url
            ? () => new Collection.SqsCollector(clients.Sqs!, url, destination.Name, Actions.HarnessClock.Shared, options.Receivers)
            : () => wiring.CollectorFor(destination);

        string? lateStart = null;
        if (options.StartAt is { } startAt)
        {
            // Set up first, then wait for the instant the other agents wait for too; an agent whose set-up overran says so. The
            // warm-up begins at the instant, the measurement at a second instant after it (below): warm-ups end unevenly.
            progress.Info($"set up; waiting for --start-at {LoadStartTime.Format(startAt)} ({(startAt - DateTimeOffset.UtcNow).TotalSeconds:0.###} s)");
            var late = await LoadStartTime.WaitUntilAsync(startAt, TimeProvider.System, cancellationToken);
            if (late > LoadStartTime.LateAfter)
            {
                lateStart = $"not ready by --start-at {LoadStartTime.Format(startAt)}: set-up ended {late.TotalSeconds:0.000} s after it, so the plan began late";
                progress.Info(lateStart);
            }
        }

        var interrupted = false;
        var warmupProblems = ImmutableArray<string>.Empty;
        if (options.Warmup > TimeSpan.Zero)
        {
            // Warm-up has its own tracker and recorder, thrown away; its late events reach the measurement's tracker, which skips their keys.
            progress.Info($"warm-up {DurationText.Format(options.Warmup)} (not measured)");
            var warmup = new LoadStageRunner(clients, bucket, collector, options.ObjectSize, new LoadMetrics(Stopwatch.GetTimestamp()));
            interrupted = await warmup.RunAsync(plan.Truncate(options.Warmup), LoadStage.Warmup, cancellationToken);
            warmupProblems = warmup.Tracker.Problems();
            if (amqp is not null && destination.WebhookChannel is { } queue)
            {
                // The warm-up's AMQP collector deleted its queue on ending; the measurement's needs it back before the first write.
                await amqp.DeclareQueueAsync(queue, cancellationToken);
            }
        }

        if (options.StartAt is { } at && !interrupted)
        {
            var measureAt = LoadStartTime.MeasurementDue(at, options.Warmup);
            try
            {
                var late = await LoadStartTime.WaitUntilAsync(measureAt, TimeProvider.System, cancellationToken);
                if (late > LoadStartTime.LateAfter && lateStart is null)
                {
                    lateStart = $"measurement due at {LoadStartTime.Format(measureAt)} (--start-at, plus the warm-up and {LoadStartTime.WarmupGap.TotalSeconds:0.#} s) began {late.TotalSeconds:0.000} s late: the warm-up overran";
                    progress.Info(lateStart);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                interrupted = true;
            }
        }

        var stage = new LoadStageRunner(clients, bucket, collector, options.ObjectSize, new LoadMetrics(Stopwatch.GetTimestamp()));
        // The wall-clock moment of the metrics' origin: where this agent's measurement sits among others' when merged.
        var measurementStart = DateTimeOffset.UtcNow;
        foreach (var problem in warmupProblems)
        {
            // Not measured, but what the store sent during warm-up is evidence all the same.
            stage.Tracker.RecordProblem($"during warm-up: {problem}");
        }

        var metrics = stage.Metrics;
        var tracker = stage.Tracker;
        var windows = ImmutableArray<FaultWindow>.Empty;
        if (!interrupted)
        {
            progress.Info("measuring");
            // No blocking full collections while measuring: a pause is a stall of the store and the harness alike.
            var latencyMode = GCSettings.LatencyMode;
            GCSettings.LatencyMode = GCLatencyMode.SustainedLowLatency;
            using var reporting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var reporter = ReportProgressAsync(metrics, plan.Duration, reporting.Token);
            // Faults are timed from the measurement's start, applied while it runs, and lifted by the end of the drain at the latest
            // (a restart under way completes: the store is down until it does).
            using var faulting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var injecting = faults.Injector.RunAsync(faults.Plan, metrics.Origin, faulting.Token, cancellationToken);
            interrupted = await stage.RunAsync(plan, LoadStage.Measurement, cancellationToken, () => DrainAsync(tracker, metrics, options, cancellationToken));
            await faulting.CancelAsync();
            windows = await injecting;
            foreach (var window in windows)
            {
                progress.Info($"fault {window.Fault}: in force {window.StartSeconds:0.000}s–{window.EndSeconds:0.000}s on {window.AppliedTo}{(window.Error is { } error ? $" ({error})" : "")}");
            }

            await reporting.CancelAsync();
            await reporter;
            GCSettings.LatencyMode = latencyMode;
        }

        tracker.RecordLosses();
        var result = metrics.ToResult(plan, ScenarioName, stage.Step.Name, options.Warmup, interrupted) with
        {
            Faults = tracker.FaultFigures(windows, metrics.Origin), MeasurementStart = measurementStart,
        };
        var problems = tracker.Problems();
        if (result.Delivery.Unmatched > 0)
        {
            problems = problems.Add($"{result.Delivery.Unmatched} record(s) named no measured write (foreign keys or unreadable bodies)");
        }

        return new Measurement(result, problems, interrupted, lateStart);
    }

    private async Task DrainAsync(DeliveryTracker tracker, LoadMetrics metrics, LoadRunOptions options, CancellationToken cancellationToken)
    {
        progress.Info($"draining: {tracker.Outstanding} event(s) outstanding, deadline {DurationText.Format(options.Drain)}");
        var deadline = Stopwatch.GetTimestamp() + (long)(options.Drain.TotalSeconds * Stopwatch.Frequency);
        if (!await tracker.WaitForAllDeliveredAsync(options.Drain, cancellationToken))
        {
            return;
        }

        // Every write has its first event; a duplicate may still be on its way, but no later than about the slowest delivery.
        var settle = options.Settle ?? TimeSpan.FromMilliseconds(Math.Clamp(2 * metrics.DeliveryMaxMilliseconds, 100, 2000));
        var remaining = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
        await Task.Delay(settle < remaining ? settle : remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, cancellationToken);
    }

    private async Task ReportProgressAsync(LoadMetrics metrics, TimeSpan? planned, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                progress.Report(metrics.Progress(planned));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Creates the run's bucket and queue and points the bucket's ObjectCreated:Put events under <see cref="KeyPrefix"/> at
    /// the queue. The sweep by run id removes them.</summary>
    public static Task<(string Bucket, ProvisionedDestination Queue)> ProvisionAsync(ProvisioningClients clients, ResourceNames names, CancellationToken cancellationToken) =>
        ProvisionAsync(clients, new QueueDestinationProvisioner(clients.Sqs!, clients.Sns), names, cancellationToken);

    /// <summary>As above, with the destination made by <paramref name="provisioner"/>: a queue, or the push or AMQP topic a target
    /// declares as the queue's substitute (configured as a TopicConfiguration).</summary>
    public static async Task<(string Bucket, ProvisionedDestination Queue)> ProvisionAsync(
        ProvisioningClients clients, IDestinationProvisioner provisioner, ResourceNames names, CancellationToken cancellationToken)
    {
        var resources = new ResourceLedger();
        var bucket = await new BucketProvisioner(clients.S3, resources).ProvisionAsync(names, BucketVersioning.None, cancellationToken);
        var queue = await provisioner.ProvisionAsync("load", DestinationKind.Sqs, names, bucket, resources, cancellationToken);
        await clients.S3.PutBucketNotificationAsync(
            NotificationRequestBuilder.Build(bucket, Notification(), new Dictionary<string, ProvisionedDestination> { ["load"] = queue }, a => a), cancellationToken);
        return (bucket, queue);
    }

    /// <summary>The notification a load bucket gets: ObjectCreated:Put under <see cref="KeyPrefix"/> to the "load" queue.</summary>
    public static NotificationSpec Notification() => new(
        [new ConfigurationSpec("s3notify-load", DestinationKind.Sqs, ["s3:ObjectCreated:Put"], [new FilterRuleSpec("prefix", KeyPrefix)], null, "load")],
        false);


    private static string? StoreKnobs(LoadRunOptions options)
    {
        var knobs = new List<string>();
        if (options.StoreFaults is { IsActive: true } faults)
        {
            knobs.Add($"delay {faults.Delay}, duplicate {faults.DuplicateProbability:0.###}, drop {faults.DropProbability:0.###}, seed {faults.Seed}");
        }

        if (options.StoreOutagePolicy is { } policy)
        {
            knobs.Add($"on outage: {policy.ToString().ToLowerInvariant()}");
        }

        return knobs.Count == 0 ? null : string.Join("; ", knobs);
    }

    private async Task<ImmutableArray<string>> SweepAsync(ProvisioningClients clients, TargetConnection connection, RunId runId)
    {
        // A store found unresponsive gets one more, bounded chance (see HarnessRunner).
        var bound = TimeSpan.FromSeconds(120);
        if (connection.Calls.IsUnresponsive)
        {
            connection.Calls.Rearm();
            bound = connection.Calls.CallTimeout * (connection.Calls.UnresponsiveAfter + 1);
        }

        var failures = await new RunResourceSweeper(clients).SweepOrReportAsync(runId, bound);
        progress.Info(RunResourceSweeper.Describe(runId, failures));
        return failures;
    }
}
