using System.Diagnostics;
using S3NotifyConformance.Actions;
using S3NotifyConformance.Collection;
using S3NotifyConformance.Load;
using S3NotifyConformance.Reports.Bench;
using S3NotifyConformance.Reports.Load;

namespace S3NotifyConformance.Running.Benchmarks;

/// <summary>Benchmark (d): the harness's memory for a run of a million events: the real engine, tracker, metrics and result, with
/// a synthetic step that acknowledges each write and hands its event body to the tracker as the collector would (no store, so
/// only the harness's own memory is counted and the run takes seconds, not the 20 minutes a million PutObject take here).</summary>
public static class MemoryBenchmark
{
    /// <summary>Runs <paramref name="events"/> iterations with <paramref name="copies"/> closed-model copies.</summary>
    public static async Task<MemoryFigures> RunAsync(long events, int copies, CancellationToken cancellationToken)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        var startedAt = Stopwatch.GetTimestamp();
        var metrics = new LoadMetrics(startedAt);
        var tracker = new DeliveryTracker(LoadRunner.KeyPrefix, metrics, HarnessClock.Shared);
        var plan = LoadPlan.Create([Load.Simulations.Simulation.IterationsForConstant(copies, events)]);
        await using var heap = ManagedHeapPeak.Start();
        await new LoadEngine(new SyntheticStep(tracker), LoadEngineOptions.Default).RunAsync(plan, LoadStage.Measurement, startedAt, metrics, cancellationToken);
        tracker.WritingFinished();
        tracker.RecordLosses();
        var result = metrics.ToResult(plan, "synthetic put → event", "synthetic_put", TimeSpan.Zero);
        var peakManaged = await heap.StopAsync();
        var elapsed = Stopwatch.GetElapsedTime(startedAt);
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        var json = new LoadJsonReportWriter().Render(new LoadRunResult(
            RunHeader.OnThisMachine(RunKind.Load, "bench", "bench", new TargetSummary("synthetic", "synthetic", "-", "-", []), DateTimeOffset.UtcNow, DateTimeOffset.UtcNow),
            new LoadSettings(plan.Texts, 0, 0, 1024, []), result, [], [], [], false, ["bench"]));
        GC.KeepAlive(tracker);
        process.Refresh();
        return new MemoryFigures(result.Delivery.Delivered, elapsed.TotalSeconds, peakManaged - before, retained, process.PeakWorkingSet64, json.Length);
    }

    /// <summary>Acknowledges at once and delivers the write's event body to the tracker, as the SQS collector would.</summary>
    private sealed class SyntheticStep(DeliveryTracker tracker) : ILoadStep
    {
        public string Name => "synthetic_put";

        public Task<StepOutcome> ExecuteAsync(LoadIteration iteration, CancellationToken cancellationToken)
        {
            var key = tracker.KeyFor(iteration);
            tracker.Acknowledge(iteration, Stopwatch.GetTimestamp());
            tracker.Accept([new DeliveredMessage("load", "sqs", key, SyntheticEvents.Body("bench", key, iteration.Number), Stopwatch.GetTimestamp(), DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, 1)]);
            return Task.FromResult(StepOutcome.Success(1024));
        }
    }
}
