using System.Reflection;
using Amazon.Runtime;
using S3NotifyConformance.Actions;
using S3NotifyConformance.Collection;
using S3NotifyConformance.Judging;
using S3NotifyConformance.Judging.Snapshots;
using S3NotifyConformance.Probing;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Reports;
using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Running;

/// <summary>The one type that sees every stage: loads scenarios, starts the target, runs the scenarios in parallel, cleans up
/// what carries the run id, and writes the reports. Read it as the list of steps in <see cref="RunAsync"/>.</summary>
public sealed class HarnessRunner(TargetCatalog catalog, IRunProgress progress)
{
    /// <summary>The harness name and version shown in reports.</summary>
    public static string Tool { get; } = $"s3notify {typeof(HarnessRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "dev"}";

    /// <summary>Runs the conformance suite. Scenario and target problems throw <see cref="ScenarioDefinitionException"/> and
    /// <see cref="TargetSetupException"/> before anything is created.</summary>
    public async Task<RunOutcome> RunAsync(RunOptions options, CancellationToken cancellationToken)
    {
        var scenarios = LoadScenarios(options);
        var baseline = options.BaselinePath is null ? Baseline.Empty : BaselineFile.Load(options.BaselinePath);
        var runId = RunId.New(DateTimeOffset.UtcNow);
        await using var target = catalog.Resolve(options.Target);
        foreach (var line in SweepCommandLine.Announcement(options.Target, runId))
        {
            progress.Info(line);
        }

        var connection = await StartTargetAsync(target, progress, cancellationToken);
        if (baseline != Baseline.Empty && !string.Equals(baseline.Target, connection.Name, StringComparison.OrdinalIgnoreCase))
        {
            throw new TargetSetupException($"baseline {options.BaselinePath} is for target '{baseline.Target}', but this run is against '{connection.Name}'");
        }

        var reportDirectory = Path.Combine(options.ReportRoot, runId.Value);
        var summary = Summarize(connection);
        progress.RunStarted(runId.Value, summary, scenarios.Length);

        var startedAt = DateTimeOffset.UtcNow;
        if (connection.UnavailableReason is { } reason)
        {
            return await UnavailableAsync(scenarios, runId, summary with { Note = reason }, startedAt, reason, reportDirectory);
        }

        using var clients = ProvisioningClients.For(connection);
        using var secondClients = ProvisioningClients.ForSecondRegion(connection);
        await using var webhook = await StartWebhookAsync(connection, cancellationToken);
        await using var amqp = await StartAmqpAsync(connection, runId, cancellationToken);
        var results = new ScenarioResult[scenarios.Length];
        var interrupted = false;
        // The scenarios stop on Ctrl+C (the caller's token) or when the store stops answering (the monitor's): told apart below.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, connection.Calls.Unresponsive);
        ProbeResult? probe = null;
        try
        {
            probe = await ProbeRunner.ProbeStartedAsync(connection, clients, webhook, runId, progress, cancellationToken, amqp);
            await RunScenariosAsync(scenarios, connection, Faults.FaultSurfaces.For(target, connection), clients, secondClients, webhook, amqp, runId,
                new SnapshotStore(options.Paths.Expected, Path.Combine(reportDirectory, "received")), ScenarioConcurrency.Of(options, connection.Timings), baseline, results,
                reportDirectory, stop.Token);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            interrupted = true;
        }
        catch (OperationCanceledException) when (connection.Calls.IsUnresponsive)
        {
        }

        var unresponsive = connection.Calls.UnresponsiveReason is { } why ? $"{why} (target '{connection.Name}')" : null;
        summary = NoteWebhook(summary, webhook);
        summary = NoteAmqp(summary, amqp, connection.Amqp);
        if (unresponsive is not null)
        {
            progress.Info($"{unresponsive}: stopping the run, writing its report");
            summary = summary with { Note = summary.Note is null ? unresponsive : $"{unresponsive}; {summary.Note}" };
        }

        var cleanupFailures = await SweepAsync(clients, secondClients, connection, runId);
        progress.Info(connection.Calls.Describe());
        progress.Info(connection.Calls.Tally.Describe());
        var finished = results.Select((r, i) => r ?? NotRun(scenarios[i], interrupted ? "interrupted before it finished" : unresponsive is not null ? $"not run: {unresponsive}" : "interrupted before it finished"))
            .ToImmutableArray();
        var result = new RunResult(RunHeader.OnThisMachine(RunKind.Conformance, runId.Value, Tool, summary, startedAt, DateTimeOffset.UtcNow), finished, cleanupFailures, interrupted, probe)
        {
            StoppedBecause = unresponsive,
            Differences = DifferenceCatalog.Group(finished.Select(s => (s.Id, s.Findings)).Append((RunResult.ProbeScenario, probe?.Findings ?? [])), baseline),
            FixedDifferences = baseline.Fixed([.. finished.Select(s => (s.Id, s.Outcome, s.Findings))]),
            Baseline = options.BaselinePath,
        };
        await DefaultReportWriters.Conformance.WriteAsync(result, reportDirectory, CancellationToken.None);
        progress.Info($"reports: {reportDirectory}");
        return new RunOutcome(result, reportDirectory);
    }

    /// <summary>Loads and filters scenarios; an empty selection is a usage error.</summary>
    public static ImmutableArray<Scenario> LoadScenarios(RunOptions options)
    {
        var filter = ScenarioFilter.Parse(options.Filter);
        var loaded = ScenarioLoader.LoadDirectory(options.Paths.Scenarios, options.KeysPerScenario);
        Faults.FaultSteps.Validate(loaded);
        var scenarios = loaded.Where(s => filter.Matches(s.Id)).ToImmutableArray();
        return scenarios.IsEmpty ? throw new ScenarioDefinitionException($"no scenario matches '{options.Filter}' (see 's3notify list')") : scenarios;
    }

    internal static async Task<TargetConnection> StartTargetAsync(ITarget target, IRunProgress progress, CancellationToken cancellationToken)
    {
        // Launched stores take a while (Ceph installs and bootstraps, fauxqs installs): say so, then how long it took.
        var launched = target.IsLaunched;
        var started = System.Diagnostics.Stopwatch.StartNew();
        if (launched)
        {
            progress.Info($"starting {target.Name} (the first start installs or pulls what is missing)");
        }

        var connection = await target.StartAsync(cancellationToken);
        if (launched)
        {
            progress.Info($"{target.Name} started in {started.Elapsed.TotalSeconds:0.0} s at {connection.Endpoints.S3}");
        }

        if (connection.UnavailableReason is null)
        {
            await TargetPreflight.CheckAsync(connection, cancellationToken);
        }

        return connection;
    }

    // Registered Lambda functions are invoked by POSTs to the receiver, whatever path the target's queues and topics take.
    internal static async Task<WebhookServer?> StartWebhookAsync(TargetConnection connection, CancellationToken cancellationToken) =>
        connection.DeliveryPath == DeliveryPath.HttpPush || connection.Lambda?.FunctionRegistry is not null
            ? await WebhookServer.StartAsync(connection.Webhook ?? WebhookSettings.Loopback, HarnessClock.Shared, cancellationToken)
            : null;

    /// <summary>For AMQP delivery: connects to the target's broker and declares the run's exchange (<c>s3n-{run id}</c>).</summary>
    internal static async Task<AmqpReceiver?> StartAmqpAsync(TargetConnection connection, RunId runId, CancellationToken cancellationToken) =>
        connection.DeliveryPath == DeliveryPath.Amqp
            ? await AmqpReceiver.StartAsync(
                connection.Amqp?.Broker ?? throw new TargetSetupException($"target '{connection.Name}' delivers by AMQP but names no broker"),
                connection.Amqp.StoreEndpoint!,
                runId.ResourcePrefix.TrimEnd('-'), HarnessClock.Shared, cancellationToken)
            : null;

    private TargetSummary NoteAmqp(TargetSummary summary, AmqpReceiver? amqp, AmqpSettings? settings)
    {
        if (amqp is null || settings is null)
        {
            return summary;
        }

        var (messages, unreadable) = amqp.Statistics;
        var note = $"AMQP broker {settings.DescribeBroker()}, exchange {amqp.Exchange}, ack level {settings.AckLevel}" +
                   $"{string.Concat(settings.TopicAttributes.Select(a => $", {a.Key} {a.Value}"))}: {messages} messages, {unreadable} unreadable";
        progress.Info(note);
        return summary with { Note = summary.Note is null ? note : $"{summary.Note}; {note}" };
    }

    private TargetSummary NoteWebhook(TargetSummary summary, WebhookServer? webhook)
    {
        if (webhook is null)
        {
            return summary;
        }

        var s = webhook.Statistics;
        var note = $"webhook {webhook.BaseUrl}: {s.Posts} POSTs, {s.Records} records; {s.UnknownChannel} for no registered destination, " +
                   $"{s.Unauthorized} unauthorized, {s.TooLarge} too large, {s.Unreadable} unreadable";
        progress.Info(note);
        return summary with { Note = summary.Note is null ? note : $"{summary.Note}; {note}" };
    }

    private async Task<RunOutcome> UnavailableAsync(
        ImmutableArray<Scenario> scenarios, RunId runId, TargetSummary summary, DateTimeOffset startedAt, string reason, string reportDirectory)
    {
        var results = scenarios.Select(s => new ScenarioResult(s.Id, s.Title, s.Source.ToString(), ScenarioOutcome.Unsupported, 0, [],
            ScenarioCounts.None, [reason])).ToImmutableArray();
        foreach (var result in results)
        {
            progress.ScenarioFinished(result);
        }

        var run = new RunResult(RunHeader.OnThisMachine(RunKind.Conformance, runId.Value, Tool, summary, startedAt, DateTimeOffset.UtcNow), results, [], false);
        await DefaultReportWriters.Conformance.WriteAsync(run, reportDirectory, CancellationToken.None);
        progress.Info($"target unavailable: {reason}");
        progress.Info($"reports: {reportDirectory}");
        return new RunOutcome(run, reportDirectory);
    }

    private async Task RunScenariosAsync(
        ImmutableArray<Scenario> scenarios, TargetConnection connection, Faults.FaultInjector faults, ProvisioningClients clients, ProvisioningClients? secondClients,
        WebhookServer? webhook, AmqpReceiver? amqp, RunId runId, SnapshotStore snapshots, ScenarioConcurrency concurrency, Baseline baseline, ScenarioResult?[] results,
        string reportDirectory, CancellationToken cancellationToken)
    {
        var wiring = WiringFor(connection, clients, webhook, amqp);
        var eventVersions = connection.EventVersion is { } floor ? EventVersionPolicy.Aws.With(floor.Major, floor.MinimumMinor) : EventVersionPolicy.Aws;
        var second = connection.InRegion(connection.SecondRegion);
        var execution = new ScenarioExecution(connection, clients, wiring, new ScenarioJudge(CompositeRule.Default, snapshots), HarnessClock.Shared, eventVersions, faults)
        {
            SecondRegion = secondClients is null ? null : new RegionalTarget(second, secondClients, WiringFor(second, secondClients, webhook, amqp)),
        };
        // Up to `InFlight` scenarios under way, of which `Working` call the store; the others wait for deliveries.
        using var slots = new StoreWorkSlots(concurrency.Working, execution.Waits);
        progress.Info($"up to {concurrency.InFlight} scenarios under way at once, {concurrency.Working} of them working on the store (the others wait for deliveries)");
        await Parallel.ForEachAsync(
            Enumerable.Range(0, scenarios.Length),
            new ParallelOptions { MaxDegreeOfParallelism = concurrency.InFlight, CancellationToken = cancellationToken },
            async (index, token) =>
            {
                var result = ApplyBaseline(baseline, await RunOneAsync(scenarios[index], index + 1, connection, execution, slots, runId, reportDirectory, token));
                results[index] = result;
                progress.ScenarioFinished(result);
            });
        progress.Info(execution.Waits.Describe());
    }

    private static async Task<ScenarioResult> RunOneAsync(
        Scenario scenario, int number, TargetConnection connection, ScenarioExecution execution, StoreWorkSlots slots, RunId runId, string reportDirectory,
        CancellationToken cancellationToken)
    {
        var source = scenario.Source.ToString();
        ImmutableArray<string> missing = [.. connection.Missing(scenario.Needs, scenario.LiteralDestinationNeeds).Select(m => m.ToName())];
        missing = missing.IsEmpty && connection.LambdaPathMissing(scenario.AllConfigurations) is { } noFunction ? [noFunction] : missing;
        if (!missing.IsEmpty)
        {
            return new ScenarioResult(scenario.Id, scenario.Title, source, ScenarioOutcome.Unsupported, 0, [], ScenarioCounts.None, missing);
        }

        try
        {
            var (judgement, duration) = await execution.RunAsync(scenario, new ResourceNames(runId, number), slots, cancellationToken);
            var received = judgement.Snapshot?.ReceivedPath is { } path ? Path.GetRelativePath(reportDirectory, path) : null;
            return new ScenarioResult(scenario.Id, scenario.Title, source, judgement.Outcome, duration.TotalMilliseconds, judgement.Findings, judgement.Counts, [], received)
            {
                Extensions = judgement.Extensions,
                FaultWindows = judgement.FaultWindows,
            };
        }
        catch (Exception e) when (e is AmazonServiceException or AmazonClientException or HttpRequestException or SnsQueryException or EventBridgeException or Faults.FaultPlanException or InvalidOperationException or TimeoutException)
        {
            return new ScenarioResult(scenario.Id, scenario.Title, source, ScenarioOutcome.Error, 0, [], ScenarioCounts.None, [], Error: $"{e.GetType().Name}: {e.Message}");
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // Not the run's cancellation: a timeout inside a library. An error of this scenario, never taken for Ctrl+C.
            return new ScenarioResult(scenario.Id, scenario.Title, source, ScenarioOutcome.Error, 0, [], ScenarioCounts.None, [], Error: $"timed out: {e.Message}");
        }
    }

    private static ScenarioResult ApplyBaseline(Baseline baseline, ScenarioResult result)
    {
        var (outcome, reason) = baseline.Apply(result.Id, result.Outcome, result.Findings);
        return result with { Outcome = outcome, DeviationReason = reason };
    }

    internal static DeliveryWiring WiringFor(TargetConnection connection, ProvisioningClients clients, WebhookServer? webhook, AmqpReceiver? amqp = null) =>
        LambdaWiring.Around(QueueAndTopicWiringFor(connection, clients, webhook, amqp), connection, clients, webhook);

    private static DeliveryWiring QueueAndTopicWiringFor(TargetConnection connection, ProvisioningClients clients, WebhookServer? webhook, AmqpReceiver? amqp) => connection.DeliveryPath switch
    {
        DeliveryPath.SqsQueues => new DeliveryWiring(
            new QueueDestinationProvisioner(clients.Sqs!, clients.Sns) { Events = clients.Events },
            destination => new SqsCollector(clients.Sqs!, destination.QueueUrl!, destination.Name, HarnessClock.Shared)),
        DeliveryPath.HttpPush when webhook is not null => new DeliveryWiring(
            connection.Webhook?.DestinationArn is { } arn
                ? new StoreSideDestinationProvisioner(arn)
                : new PushTopicProvisioner(
                    clients.Sns ?? throw new TargetSetupException($"target '{connection.Name}' pushes through topics but has no SNS endpoint"),
                    channel => webhook.EndpointFor(channel).ToString(),
                    connection.Webhook?.TopicAttributes ?? ImmutableSortedDictionary<string, string>.Empty),
            destination => new WebhookCollector(webhook, destination.WebhookChannel!, destination.Name)),
        DeliveryPath.Amqp when amqp is not null => new DeliveryWiring(
            new AmqpTopicProvisioner(
                clients.Sns ?? throw new TargetSetupException($"target '{connection.Name}' publishes through topics but has no SNS endpoint"),
                amqp.DeclareQueueAsync,
                amqp.StoreEndpoint,
                amqp.Exchange,
                connection.Amqp ?? AmqpSettings.Launched),
            destination => new AmqpCollector(amqp, destination.WebhookChannel!, destination.Name)),
        _ => throw new TargetSetupException($"target '{connection.Name}' delivers by {connection.DeliveryPath}, which this build cannot collect"),
    };

    private async Task<ImmutableArray<string>> SweepAsync(ProvisioningClients clients, ProvisioningClients? secondClients, TargetConnection connection, RunId runId)
    {
        // A store found unresponsive gets one more, bounded chance: its calls go out again, and as many unanswered ones as made it
        // unresponsive end the sweep.
        var bound = TimeSpan.FromSeconds(60);
        if (connection.Calls.IsUnresponsive)
        {
            connection.Calls.Rearm();
            bound = connection.Calls.CallTimeout * (connection.Calls.UnresponsiveAfter + 1);
        }

        var failures = ImmutableArray<string>.Empty;
        foreach (var sweeper in RunResourceSweeper.ForRegions(clients, connection.SecondRegion, secondClients))
        {
            failures = failures.AddRange(await sweeper.SweepOrReportAsync(runId, bound));
        }

        progress.Info(RunResourceSweeper.Describe(runId, failures));
        return failures;
    }

    private static TargetSummary Summarize(TargetConnection connection) => connection.Summary(
        connection.DestinationSubstitutes is { Count: > 0 } substitutes
            ? string.Join("; ", substitutes.Select(s => $"{Lower(s.Key)} destinations are delivered through {Lower(s.Value)} (the store has no {s.Key.Capability().ToName()})"))
            : null);

    private static string Lower(DestinationKind kind) => kind.ToString().ToLowerInvariant();

    private static ScenarioResult NotRun(Scenario scenario, string reason) => new(
        scenario.Id, scenario.Title, scenario.Source.ToString(), ScenarioOutcome.Error, 0, [], ScenarioCounts.None, [], Error: reason);
}
