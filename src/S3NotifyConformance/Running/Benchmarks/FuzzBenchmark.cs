using System.Diagnostics;
using Amazon.SQS.Model;
using S3NotifyConformance.Actions;
using S3NotifyConformance.Collection;
using S3NotifyConformance.Judging;
using S3NotifyConformance.Load;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.ReferenceStore;
using S3NotifyConformance.Reports.Bench;
using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Running.Benchmarks;

/// <summary>Benchmark (f): fuzzed bodies (<see cref="FuzzedBodies"/>) through the SQS path (the embedded store's queue, drained
/// by the SQS collector into a ledger while they are sent) and the webhook path (POSTs to the receiver), then judged with every
/// rule and fed to a load run's tracker. Every body must be accounted for — recorded as events or as unreadable — with no
/// exception anywhere.</summary>
public static class FuzzBenchmark
{
    /// <summary>The queue's limit is 256 KiB, so its long strings are 200,000 characters; the webhook's are a megabyte.</summary>
    public const int QueueBigString = 200_000;

    /// <summary>Long strings of the webhook path.</summary>
    public const int WebhookBigString = 1 << 20;

    /// <summary>Sends <paramref name="bodies"/> bodies down each path, drawn from <paramref name="seed"/>.</summary>
    public static async Task<(FuzzPathFigures Sqs, FuzzPathFigures Webhook)> RunAsync(int bodies, int seed, CancellationToken cancellationToken) =>
        (await SqsAsync(bodies, seed, cancellationToken), await WebhookAsync(bodies, seed, cancellationToken));

    private static async Task<FuzzPathFigures> SqsAsync(int count, int seed, CancellationToken cancellationToken)
    {
        var generator = new FuzzedBodies(seed, webhook: false, QueueBigString);
        var bodies = Enumerable.Range(0, count).Select(_ => generator.Next()).ToArray();
        await using var store = await BenchmarkStore.StartAsync(DeliveryFaults.None, cancellationToken);
        var sqs = store.Clients.Sqs!;
        var ledger = new EventLedger();
        using var collection = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var collecting = new SqsCollector(sqs, store.Queue.QueueUrl!, "fuzz", HarnessClock.Shared).RunAsync(ledger, collection.Token);

        var sent = new Dictionary<string, FuzzedBody>(StringComparer.Ordinal);
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < bodies.Length)
            {
                var response = await sqs.SendMessageAsync(new SendMessageRequest(store.Queue.QueueUrl, bodies[i].Text), cancellationToken);
                lock (sent)
                {
                    sent[response.MessageId] = bodies[i];
                }
            }
        }));

        await ledger.WaitUntilAsync(events => events.Select(e => e.MessageId).Where(sent.ContainsKey).Distinct().Count() >= sent.Count, TimeSpan.FromMinutes(5), cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        await collection.CancelAsync();
        await collecting;

        // The store's own s3:TestEvent from provisioning is in the queue too; it is no fuzzed body.
        var events = ledger.Snapshot().Where(e => sent.ContainsKey(e.MessageId)).ToImmutableArray();
        var figures = Account("sqs", sent, events.GroupBy(e => e.MessageId), events.Select(e => e.MessageId).Distinct().LongCount(), elapsed);
        var crashes = ledger.Problems().Length;
        var (findings, judgeCrashes) = Judge(events, ledger.Problems());
        var (loadProblems, loadCrashes) = Track(events.GroupBy(e => e.MessageId).Select(g => g.First()));
        return figures with { Crashes = crashes + judgeCrashes + loadCrashes, ReadableFindings = findings, LoadProblems = loadProblems };
    }

    private static async Task<FuzzPathFigures> WebhookAsync(int count, int seed, CancellationToken cancellationToken)
    {
        var generator = new FuzzedBodies(seed, webhook: true, WebhookBigString);
        var bodies = Enumerable.Range(0, count).Select(_ => generator.Next()).ToArray();
        await using var server = await WebhookServer.StartAsync(WebhookSettings.Loopback with { MaxBodyBytes = 4 << 20 }, HarnessClock.Shared, cancellationToken);
        var ledger = new EventLedger();

        // One channel per body, so each body's entries are known by their destination.
        var registrations = bodies.Select((_, i) => server.Register($"fuzz-{i}", $"b{i}", ledger)).ToList();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 8 }) { Timeout = TimeSpan.FromSeconds(60) };
        var nonSuccess = 0;
        var next = -1;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < bodies.Length)
            {
                using var content = new ByteArrayContent(bodies[i].Bytes);
                using var response = await http.PostAsync(server.EndpointFor($"fuzz-{i}"), content, cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref nonSuccess);
                }
            }
        }));
        var elapsed = Stopwatch.GetElapsedTime(started);
        registrations.ForEach(r => r.Dispose());

        var events = ledger.Snapshot();
        var sent = bodies.Select((b, i) => (Id: $"b{i}", Body: b)).ToDictionary(p => p.Id, p => p.Body, StringComparer.Ordinal);
        var figures = Account("webhook", sent, events.GroupBy(e => e.DestinationName), server.Statistics.Posts, elapsed);
        var (findings, judgeCrashes) = Judge(events, ledger.Problems());
        var (loadProblems, loadCrashes) = Track(events.GroupBy(e => e.DestinationName).Select(g => g.First()));
        return figures with { Crashes = ledger.Problems().Length + nonSuccess + judgeCrashes + loadCrashes, ReadableFindings = findings, LoadProblems = loadProblems };
    }

    private static FuzzPathFigures Account(string path, IReadOnlyDictionary<string, FuzzedBody> sent, IEnumerable<IGrouping<string, ObservedEvent>> byBody, long received, TimeSpan elapsed)
    {
        long asEvents = 0, asUnreadable = 0;
        var misjudged = 0;
        var seen = 0;
        foreach (var entries in byBody)
        {
            seen++;
            var unreadable = entries.Any(e => e.Problem is not null);
            _ = unreadable ? asUnreadable++ : asEvents++;
            if (!sent.TryGetValue(entries.Key, out var body) || body.Unreadable != unreadable || body.Entries != entries.Count()
                || entries.Any(e => e.Problem is null && e.Record is null && e.TestEvent is null))
            {
                misjudged++;
            }
        }

        return new FuzzPathFigures(path, sent.Count, sent.Values.Count(b => b.Unreadable), received, asEvents, asUnreadable, misjudged + (sent.Count - seen), 0, 0, 0, elapsed);
    }

    // Every rule over the ledger, 50 events at a time as one scenario's evidence each (judging sees a scenario's events, not 10,000).
    private static (int Findings, int Crashes) Judge(ImmutableArray<ObservedEvent> events, ImmutableArray<string> collectorProblems)
    {
        var scenario = new Scenario("fuzz/bodies", "fuzzed bodies", new ScenarioSource("inferred", "fuzz benchmark"), BucketVersioning.None,
            NotificationSpec.Empty, [], ScenarioExpectation.Default, [], "fuzz");
        var findings = 0;
        var crashes = 0;
        foreach (var slice in events.Chunk(50))
        {
            var destinations = slice.Select(e => e.DestinationName).Distinct()
                .ToImmutableDictionary(d => d, d => new ProvisionedDestination(d, DestinationKind.Sqs, $"arn:aws:sqs:us-east-1:000000000000:{d}", $"http://q/{d}"));
            var evidence = new Evidence(scenario, "fuzz", "us-east-1", null, [], [.. slice], destinations, collectorProblems, EventVersionPolicy.Aws);
            try
            {
                findings += CompositeRule.Default.Judge(JudgingContext.From(evidence)).Count(f => f.Rule == "delivery.readable" && f.Subject != "collection");
            }
            catch (Exception)
            {
                crashes++;
            }
        }

        return (findings, crashes);
    }

    // The same bodies through a load run's sink: counted problems, never an exception.
    private static (long Problems, int Crashes) Track(IEnumerable<ObservedEvent> oneEntryPerBody)
    {
        var metrics = new LoadMetrics(Stopwatch.GetTimestamp());
        var tracker = new DeliveryTracker(LoadRunner.KeyPrefix, metrics, HarnessClock.Shared);
        var crashes = 0;
        foreach (var e in oneEntryPerBody)
        {
            try
            {
                tracker.Accept([new DeliveredMessage(e.DestinationName, e.Channel, e.MessageId, e.RawBody, e.ReceivedTimestamp, e.ReceivedAt, null, 1)]);
            }
            catch (Exception)
            {
                crashes++;
            }
        }

        return (metrics.ToResult(LoadPlan.Parse(["inject:rate=1,interval=1s,during=1s"]), "fuzz", "fuzz", TimeSpan.Zero).Delivery.Problems, crashes);
    }
}
