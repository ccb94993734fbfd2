using System.Diagnostics;
using Amazon.SQS.Model;
using S3NotifyConformance.Actions;
using S3NotifyConformance.Collection;
using S3NotifyConformance.Load;
using S3NotifyConformance.ReferenceStore;
using S3NotifyConformance.Reports.Bench;

namespace S3NotifyConformance.Running.Benchmarks;

/// <summary>Benchmark (b): how many events per second the collection side takes in from a synthetic producer: the load sink alone
/// (parse + pair + record, in process), and the SQS collector draining a pre-filled queue of the embedded store into it.</summary>
public static class CollectorIngestBenchmark
{
    /// <summary>Runs both: <paramref name="sinkEvents"/> through the sink, <paramref name="queueEvents"/> through SQS.</summary>
    public static async Task<CollectorIngestFigures> RunAsync(int sinkEvents, int queueEvents, int receivers, CancellationToken cancellationToken)
    {
        var sink = SinkOnly(sinkEvents);
        var (queue, cpu) = await DrainAsync(queueEvents, receivers, cancellationToken);
        return new CollectorIngestFigures(sinkEvents, sink, queueEvents, receivers, queue) { QueueCpuMicroseconds = cpu };
    }

    private static double SinkOnly(int events)
    {
        var metrics = new LoadMetrics(Stopwatch.GetTimestamp());
        var tracker = new DeliveryTracker(LoadRunner.KeyPrefix, metrics, HarnessClock.Shared);
        var messages = Enumerable.Range(0, events).Select(i => Message(i)).ToArray();
        var started = Stopwatch.GetTimestamp();
        Parallel.For(0, (events + 9) / 10, new ParallelOptions { MaxDegreeOfParallelism = 2 }, batch =>
            tracker.Accept(messages.AsSpan(batch * 10, Math.Min(10, events - (batch * 10))).ToArray()));
        return events / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static async Task<(double PerSecond, double CpuMicroseconds)> DrainAsync(int events, int receivers, CancellationToken cancellationToken)
    {
        await using var store = await BenchmarkStore.StartAsync(DeliveryFaults.None, cancellationToken);
        var sqs = store.Clients.Sqs!;
        for (var start = 0; start < events; start += 10)
        {
            await sqs.SendMessageBatchAsync(new SendMessageBatchRequest
            {
                QueueUrl = store.Queue.QueueUrl,
                Entries = [.. Enumerable.Range(start, Math.Min(10, events - start)).Select(i =>
                    new SendMessageBatchRequestEntry(i.ToString(), SyntheticEvents.Body(store.Bucket, $"{LoadRunner.KeyPrefix}m/{i}", i)))],
            }, cancellationToken);
        }

        var metrics = new LoadMetrics(Stopwatch.GetTimestamp());
        var tracker = new DeliveryTracker(LoadRunner.KeyPrefix, metrics, HarnessClock.Shared);
        var counter = new CountingSink(tracker, events);
        using var collection = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        var collecting = new SqsCollector(sqs, store.Queue.QueueUrl!, "load", HarnessClock.Shared, receivers).RunAsync(counter, collection.Token);
        await counter.AllReceived.WaitAsync(TimeSpan.FromMinutes(5), cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var spent = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        await collection.CancelAsync();
        await collecting;
        return (events / elapsed.TotalSeconds, spent.TotalMicroseconds / events);
    }

    private static DeliveredMessage Message(int number) => new(
        "load", "sqs", number.ToString(), SyntheticEvents.Body("bench", $"{LoadRunner.KeyPrefix}m/{number}", number), Stopwatch.GetTimestamp(), DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, 1);

    /// <summary>Forwards to the tracker and completes when <paramref name="expected"/> messages went through.</summary>
    private sealed class CountingSink(IEventSink inner, long expected) : IEventSink
    {
        private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private long _received;

        public Task AllReceived => _all.Task;

        public void Accept(IReadOnlyList<DeliveredMessage> messages)
        {
            inner.Accept(messages);
            if (Interlocked.Add(ref _received, messages.Count) >= expected)
            {
                _all.TrySetResult();
            }
        }

        public void RecordProblem(string problem) => inner.RecordProblem(problem);
    }
}
