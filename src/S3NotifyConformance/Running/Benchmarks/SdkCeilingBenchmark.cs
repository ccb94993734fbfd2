using System.Diagnostics;
using S3NotifyConformance.Load;
using S3NotifyConformance.ReferenceStore;
using S3NotifyConformance.Reports.Bench;

namespace S3NotifyConformance.Running.Benchmarks;

/// <summary>Benchmark (a): the raw AWS SDK PutObject ceiling against the embedded store (closed loops, nothing measured but a
/// counter) versus the rate the load engine drives at the same concurrency while measuring everything (tracker, histograms,
/// collector). The ratio shows what the harness's measurement costs.</summary>
public static class SdkCeilingBenchmark
{
    /// <summary>Runs both for <paramref name="duration"/> each at <paramref name="concurrency"/>.</summary>
    public static async Task<SdkCeilingFigures> RunAsync(int concurrency, TimeSpan duration, CancellationToken cancellationToken)
    {
        await using var store = await BenchmarkStore.StartAsync(DeliveryFaults.None, cancellationToken);
        var body = new byte[1024];
        await RawAsync(store, body, concurrency, TimeSpan.FromSeconds(2), "warm", cancellationToken);
        var raw = await RawAsync(store, body, concurrency, duration, "raw", cancellationToken);
        var engine = await EngineAsync(store, concurrency, duration, cancellationToken);
        return new SdkCeilingFigures(concurrency, duration.TotalSeconds, raw, engine.Requests.AchievedRps, engine.Requests.Latency.Stats.P99, engine.Delivery.Lost);
    }

    private static async Task<double> RawAsync(BenchmarkStore store, byte[] body, int concurrency, TimeSpan duration, string prefix, CancellationToken cancellationToken)
    {
        var count = 0L;
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(copy => Task.Run(async () =>
        {
            for (var i = 0; Stopwatch.GetTimestamp() < deadline; i++)
            {
                await store.PutAsync($"{prefix}/{copy}/{i}", body, cancellationToken);
                Interlocked.Increment(ref count);
            }
        }, cancellationToken)));
        return count / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static async Task<LoadResult> EngineAsync(BenchmarkStore store, int concurrency, TimeSpan duration, CancellationToken cancellationToken)
    {
        var plan = LoadPlan.Create([Load.Simulations.Simulation.KeepConstant(concurrency, duration)]);
        var stage = new LoadStageRunner(store.Clients, store.Bucket, store.Queue, 1024, 2, new LoadMetrics(Stopwatch.GetTimestamp()));
        await stage.RunAsync(plan, LoadStage.Measurement, cancellationToken, () => stage.Tracker.WaitForAllDeliveredAsync(TimeSpan.FromSeconds(10), cancellationToken));
        stage.Tracker.RecordLosses();
        return stage.Metrics.ToResult(plan, LoadRunner.ScenarioName, stage.Step.Name, TimeSpan.Zero);
    }
}
