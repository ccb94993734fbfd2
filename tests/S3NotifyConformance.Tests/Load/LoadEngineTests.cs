using System.Collections.Concurrent;
using System.Diagnostics;
using S3NotifyConformance.Load;

namespace S3NotifyConformance.Tests.Load;

/// <summary>The engine follows the schedule: every scheduled iteration runs once, open-model latency counts from the intended start,
/// closed-model copies share their iterations.</summary>
public sealed class LoadEngineTests
{
    [Test]
    public async Task OpenModelRunsEveryScheduledIterationOnceAndRecordsIt()
    {
        // Given
        var step = new RecordingStep(TimeSpan.Zero);
        var plan = LoadPlan.Parse(["inject:rate=10,interval=100ms,during=500ms"]);
        var metrics = new LoadMetrics(Stopwatch.GetTimestamp());

        // When
        var run = await new LoadEngine(step, LoadEngineOptions.Default).RunAsync(plan, LoadStage.Measurement, metrics.Origin, metrics, CancellationToken.None);

        // Then
        Assert.That(run.Iterations, Is.EqualTo(50));
        Assert.That(step.Numbers.Order(), Is.EqualTo(Enumerable.Range(0, 50).Select(i => (long)i)));
        var result = metrics.ToResult(plan, "test", step.Name, TimeSpan.Zero);
        Assert.That((result.Requests.Scheduled, result.Requests.Ok, result.Requests.RequestedRps), Is.EqualTo((50L, 50L, (double?)100)));
    }

    [Test]
    public async Task OpenModelLatencyCountsFromTheIntendedStartSoAStallIsNotHidden()
    {
        // Given a step whose first call stalls 300 ms, with one copy allowed in flight: later iterations start late
        var step = new RecordingStep(TimeSpan.Zero, firstCallDelay: TimeSpan.FromMilliseconds(300));
        var plan = LoadPlan.Parse(["inject:rate=2,interval=100ms,during=500ms"]);
        var metrics = new LoadMetrics(Stopwatch.GetTimestamp());

        // When
        await new LoadEngine(step, LoadEngineOptions.Default with { MaxInFlight = 1 }).RunAsync(plan, LoadStage.Measurement, metrics.Origin, metrics, CancellationToken.None);

        // Then iterations queued behind the stall carry their wait (coordinated omission would report ~0 ms for them)
        var latency = metrics.ToResult(plan, "test", step.Name, TimeSpan.Zero).Requests.Latency.Stats;
        Assert.That(latency.Count, Is.EqualTo(10));
        Assert.That(latency.P75, Is.GreaterThan(100));
    }

    [Test]
    public async Task ClosedModelCopiesShareTheirIterations()
    {
        var step = new RecordingStep(TimeSpan.FromMilliseconds(1));
        var plan = LoadPlan.Parse(["iterations-for-constant:copies=4,iterations=40"]);
        var run = await new LoadEngine(step, LoadEngineOptions.Default).RunAsync(plan, LoadStage.Measurement, Stopwatch.GetTimestamp(), null, CancellationToken.None);
        Assert.That((run.Iterations, step.Numbers.Count, step.MaxConcurrency), Is.EqualTo((40L, 40, 4)));
    }

    [Test]
    public async Task KeepConstantHoldsItsCopiesForItsDuration()
    {
        var step = new RecordingStep(TimeSpan.FromMilliseconds(5));
        var plan = LoadPlan.Parse(["keep-constant:copies=3,during=300ms"]);
        var run = await new LoadEngine(step, LoadEngineOptions.Default).RunAsync(plan, LoadStage.Measurement, Stopwatch.GetTimestamp(), null, CancellationToken.None);
        Assert.That(step.MaxConcurrency, Is.EqualTo(3));
        Assert.That(run.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(290)));
    }

    [Test]
    public async Task AFailingStepCountsAsAFailureWithItsMessage()
    {
        var plan = LoadPlan.Parse(["iterations-for-constant:copies=1,iterations=3"]);
        var metrics = new LoadMetrics(Stopwatch.GetTimestamp());
        await new LoadEngine(new FailingStep(), LoadEngineOptions.Default).RunAsync(plan, LoadStage.Measurement, metrics.Origin, metrics, CancellationToken.None);
        var result = metrics.ToResult(plan, "test", "failing", TimeSpan.Zero);
        Assert.That((result.Requests.Fail, result.Errors.Single()), Is.EqualTo((3L, new ErrorCount("InvalidOperationException: store said no", 3))));
    }

    [Test]
    public async Task CancellationStopsStartingIterations()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var plan = LoadPlan.Parse(["inject:rate=100,interval=1s,during=30s"]);
        var run = await new LoadEngine(new RecordingStep(TimeSpan.Zero), LoadEngineOptions.Default).RunAsync(plan, LoadStage.Measurement, Stopwatch.GetTimestamp(), null, cancellation.Token);
        // Then the run ends long before its 30 s, having started no more iterations than the schedule had due by then
        Assert.That(run.StoppedEarly, Is.True);
        Assert.That(run.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        Assert.That(run.Iterations, Is.LessThanOrEqualTo((long)Math.Ceiling(run.Elapsed.TotalSeconds * 100) + 1));
    }

    private sealed class RecordingStep(TimeSpan duration, TimeSpan? firstCallDelay = null) : ILoadStep
    {
        private int _running;
        private int _calls;

        public ConcurrentBag<long> Numbers { get; } = [];

        public int MaxConcurrency { get; private set; }

        public string Name => "recording";

        public async Task<StepOutcome> ExecuteAsync(LoadIteration iteration, CancellationToken cancellationToken)
        {
            Numbers.Add(iteration.Number);
            var running = Interlocked.Increment(ref _running);
            lock (Numbers)
            {
                MaxConcurrency = Math.Max(MaxConcurrency, running);
            }

            var delay = Interlocked.Increment(ref _calls) == 1 && firstCallDelay is { } first ? first : duration;
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, CancellationToken.None);
            }

            Interlocked.Decrement(ref _running);
            return StepOutcome.Success(10);
        }
    }

    private sealed class FailingStep : ILoadStep
    {
        public string Name => "failing";

        public Task<StepOutcome> ExecuteAsync(LoadIteration iteration, CancellationToken cancellationToken) => throw new InvalidOperationException("store said no");
    }
}
