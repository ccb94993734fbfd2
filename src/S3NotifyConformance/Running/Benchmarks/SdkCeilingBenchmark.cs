using System.Diagnostics;
using System.Runtime;
using Amazon.S3.Model;
using Amazon.SQS.Model;
using S3NotifyConformance.Load;
using S3NotifyConformance.ReferenceStore;
using S3NotifyConformance.Reports.Bench;

namespace S3NotifyConformance.Running.Benchmarks;

/// <summary>Benchmark (a): the raw AWS SDK PutObject ceiling against the embedded store (closed loops, nothing measured but a
/// counter) versus the rate the load engine drives at the same concurrency while measuring everything (tracker, histograms,
/// collector). The ratio shows what the harness's measurement costs.
/// Fair by construction: both sides are warmed up first (JIT, connections, the store's tables); they run in alternating
/// segments raw, engine, engine, raw, each half the duration, so a drift of the machine's load or of the process (heap
/// growth, tiering) weighs on both alike; they share the client, the object size and the GC settings of a measurement; and
/// the raw loops write to a second bucket wired exactly like the engine's, so the store produces the same events for both
/// (the raw side's go to a queue nobody reads, purged after each segment). What differs is only the measuring: the
/// engine's timing and recording, the tracker's pairing, and collecting every event over SQS.</summary>
public static class SdkCeilingBenchmark
{
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(2);

    /// <summary>Runs both for <paramref name="duration"/> in all at <paramref name="concurrency"/>.</summary>
    public static async Task<SdkCeilingFigures> RunAsync(int concurrency, TimeSpan duration, CancellationToken cancellationToken)
    {
        await using var store = await BenchmarkStore.StartAsync(DeliveryFaults.None, cancellationToken);
        var (rawBucket, rawQueue) = await LoadRunner.ProvisionAsync(store.Clients, new Provisioning.ResourceNames(Provisioning.RunId.New(DateTimeOffset.UtcNow), 2), cancellationToken);
        var raw = new RawLoops(store, rawBucket, rawQueue.QueueUrl!, concurrency);
        var latencyMode = GCSettings.LatencyMode;
        GCSettings.LatencyMode = GCLatencyMode.SustainedLowLatency;
        try
        {
            // Warm-ups as the measured segments, results dropped: the engine's pairing and result code run before they count too.
            await raw.RunAsync(Warmup, cancellationToken);
            await EngineAsync(store, concurrency, Warmup, cancellationToken);

            var half = duration / 2;
            var rawTotal = new Tally();
            var engineTotal = new Tally();
            var p99 = 0.0;
            var lost = 0L;
            foreach (var engineTurn in new[] { false, true, true, false })
            {
                if (engineTurn)
                {
                    var (tally, result) = await EngineAsync(store, concurrency, half, cancellationToken);
                    engineTotal += tally;
                    p99 = Math.Max(p99, result.Requests.Latency.Stats.P99);
                    lost += result.Delivery.Lost;
                }
                else
                {
                    rawTotal += await raw.RunAsync(half, cancellationToken);
                }
            }

            return new SdkCeilingFigures(concurrency, duration.TotalSeconds, rawTotal.PerSecond, engineTotal.PerSecond, p99, lost)
            {
                RawCpuMicroseconds = rawTotal.CpuMicrosecondsEach,
                EngineCpuMicroseconds = engineTotal.CpuMicrosecondsEach,
            };
        }
        finally
        {
            GCSettings.LatencyMode = latencyMode;
        }
    }

    // One measured stage as a load run has it: a fresh tracker, recorder and collector, drained until every event is in.
    private static async Task<(Tally Tally, LoadResult Result)> EngineAsync(BenchmarkStore store, int concurrency, TimeSpan duration, CancellationToken cancellationToken)
    {
        var plan = LoadPlan.Create([Load.Simulations.Simulation.KeepConstant(concurrency, duration)]);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var stageRunner = new LoadStageRunner(store.Clients, store.Bucket, store.Queue, 1024, 2, new LoadMetrics(Stopwatch.GetTimestamp()));
        await stageRunner.RunAsync(plan, LoadStage.Measurement, cancellationToken, () => stageRunner.Tracker.WaitForAllDeliveredAsync(TimeSpan.FromSeconds(10), cancellationToken));
        stageRunner.Tracker.RecordLosses();
        var result = stageRunner.Metrics.ToResult(plan, LoadRunner.ScenarioName, stageRunner.Step.Name, TimeSpan.Zero);
        var spent = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        return (new Tally(result.Requests.Ok, result.DurationSeconds, spent), result);
    }

    /// <summary>Bare SDK loops: PutObject after PutObject, a counter, nothing else.</summary>
    private sealed class RawLoops(BenchmarkStore store, string bucket, string queueUrl, int concurrency)
    {
        private readonly byte[] _body = new byte[1024];
        private int _segment;

        public async Task<Tally> RunAsync(TimeSpan duration, CancellationToken cancellationToken)
        {
            var prefix = $"{LoadRunner.KeyPrefix}m/{_segment++}-";
            var count = 0L;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var started = Stopwatch.GetTimestamp();
            var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(copy => Task.Run(async () =>
            {
                for (var i = 0; Stopwatch.GetTimestamp() < deadline; i++)
                {
                    await store.Clients.S3.PutObjectAsync(new PutObjectRequest
                    {
                        BucketName = bucket,
                        Key = $"{prefix}{copy}-{i}",
                        InputStream = new MemoryStream(_body, writable: false),
                        AutoCloseStream = true,
                    }, cancellationToken);
                    Interlocked.Increment(ref count);
                }
            }, cancellationToken)));
            var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var spent = Process.GetCurrentProcess().TotalProcessorTime - cpu;

            // The events nobody reads would otherwise pile up in the store's memory for the rest of the run.
            await store.Clients.Sqs!.PurgeQueueAsync(new PurgeQueueRequest { QueueUrl = queueUrl }, cancellationToken);
            return new Tally(count, Math.Max(elapsed, duration.TotalSeconds), spent);
        }
    }

    /// <summary>PutObject calls, the seconds they took, and the process's CPU time meanwhile.</summary>
    private readonly record struct Tally(long Count, double Seconds, TimeSpan Cpu)
    {
        public double PerSecond => Seconds > 0 ? Count / Seconds : 0;

        public double CpuMicrosecondsEach => Count > 0 ? Cpu.TotalMicroseconds / Count : 0;

        public static Tally operator +(Tally a, Tally b) => new(a.Count + b.Count, a.Seconds + b.Seconds, a.Cpu + b.Cpu);
    }
}
