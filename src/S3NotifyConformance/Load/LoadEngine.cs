using System.Diagnostics;
using S3NotifyConformance.Load.Simulations;

namespace S3NotifyConformance.Load;

/// <summary>Runs a plan's simulations one after the other, calling the step. Open model: a dispatcher starts each iteration at its
/// scheduled time without waiting for earlier ones, and latency counts from that intended start (no coordinated omission). Closed
/// model: copies run iterations back to back, latency from each iteration's own start.</summary>
public sealed class LoadEngine(ILoadStep step, LoadEngineOptions options)
{
    private static readonly TimeSpan ControlPeriod = TimeSpan.FromMilliseconds(10);

    /// <summary>Runs the plan from <paramref name="origin"/> (a Stopwatch timestamp, normally now); records into <paramref name="metrics"/>
    /// when given (the measurement) and nowhere otherwise (the warm-up). Cancellation stops starting iterations; running ones finish.</summary>
    public async Task<LoadEngineRun> RunAsync(LoadPlan plan, LoadStage stage, long origin, LoadMetrics? metrics, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Max(TimeSpan.Zero, options.TimeLimit - Stopwatch.GetElapsedTime(origin)));
        var run = new StageRun(step, options.MaxInFlight, stage, origin, metrics, limit.Token);
        var random = new Random(options.Seed);
        var stoppedEarly = false;
        try
        {
            foreach (var phase in plan.Phases)
            {
                await (phase.Simulation.Model switch
                {
                    LoadModel.Open => run.InjectAsync(phase, random),
                    LoadModel.Closed => run.KeepCopiesAsync(phase),
                    _ => WaitUntilAsync(origin + Ticks(phase.End!.Value), limit.Token),
                });
            }
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            stoppedEarly = true;
        }

        await run.DrainAsync();
        return new LoadEngineRun(run.Started, Stopwatch.GetElapsedTime(origin, Math.Max(origin, run.LastCompleted)), stoppedEarly);
    }

    private static long Ticks(TimeSpan offset) => (long)(offset.TotalSeconds * Stopwatch.Frequency);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    // A pause needs no precision: a timer wait is enough.
    private static async Task WaitUntilAsync(long deadline, CancellationToken cancellationToken)
    {
        while (true)
        {
            var remaining = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
            if (remaining <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(remaining, cancellationToken);
        }
    }

    /// <summary>One stage's iterations: numbering, in-flight bound, timing and recording.</summary>
    private sealed class StageRun(ILoadStep step, int maxInFlight, LoadStage stage, long origin, LoadMetrics? metrics, CancellationToken cancellationToken)
    {
        private readonly SemaphoreSlim _inFlight = new(maxInFlight, maxInFlight);
        private readonly Lock _gate = new();
        private long _number = -1;
        private long _lastCompleted;
        private int _running;
        private TaskCompletionSource _idle = CompletedSource();

        public long Started => Interlocked.Read(ref _number) + 1;

        public long LastCompleted => Interlocked.Read(ref _lastCompleted);

        // The dispatcher is a dedicated thread, not a pool task: a busy thread pool (the store's handlers, the SDK) must not make
        // iterations start late. It sleeps in ~1 ms steps and yields through the last fraction; what lateness remains is the
        // schedule lag the results report, and latency counts from the intended start regardless.
        public Task InjectAsync(PlannedPhase phase, Random random) => Task.Factory.StartNew(
            () => Dispatch(phase, random), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        private void Dispatch(PlannedPhase phase, Random random)
        {
            foreach (var offset in LoadSchedule.IntendedStarts(phase, random))
            {
                var intended = origin + Ticks(offset);
                SleepUntil(intended);
                _inFlight.Wait(cancellationToken);
                var iteration = new LoadIteration(Interlocked.Increment(ref _number), stage, intended);
                Enter();
                ThreadPool.UnsafeQueueUserWorkItem(
                    static state => _ = state.Run.RunOneAsync(state.Iteration),
                    (Run: this, Iteration: iteration),
                    preferLocal: false);
            }

            if (phase.End is { } end)
            {
                SleepUntil(origin + Ticks(end));
            }
        }

        private async Task RunOneAsync(LoadIteration iteration)
        {
            try
            {
                await ExecuteAsync(iteration);
            }
            finally
            {
                _inFlight.Release();
                Exit();
            }
        }

        private void SleepUntil(long deadline)
        {
            var oneMillisecond = Stopwatch.Frequency / 1000;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var remaining = deadline - Stopwatch.GetTimestamp();
                if (remaining <= 0)
                {
                    return;
                }

                if (remaining > 2 * oneMillisecond)
                {
                    Thread.Sleep((int)(remaining / oneMillisecond) - 1);
                }
                else if (remaining > oneMillisecond / 5)
                {
                    Thread.Sleep(1);
                }
                else
                {
                    Thread.Yield();
                }
            }
        }

        public async Task KeepCopiesAsync(PlannedPhase phase)
        {
            var tickets = phase.Simulation is IterationsForConstantSimulation s ? s.Iterations : long.MaxValue;
            var workers = new List<Task>();
            using var phaseOver = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var desired = 0;
            try
            {
                while (true)
                {
                    var now = Stopwatch.GetTimestamp();
                    if (phase.End is { } end && now >= origin + Ticks(end))
                    {
                        break;
                    }

                    if (Interlocked.Read(ref tickets) <= 0 && workers.All(w => w.IsCompleted))
                    {
                        break;
                    }

                    Volatile.Write(ref desired, LoadSchedule.CopiesAt(phase, Stopwatch.GetElapsedTime(origin, now)));
                    for (var index = 0; index < Volatile.Read(ref desired); index++)
                    {
                        if (index == workers.Count)
                        {
                            workers.Add(Task.CompletedTask);
                        }

                        if (workers[index].IsCompleted && Interlocked.Read(ref tickets) > 0)
                        {
                            var copy = index;
                            workers[index] = Task.Run(() => CopyAsync(copy, () => Volatile.Read(ref desired), () => Interlocked.Decrement(ref tickets) >= 0, phaseOver.Token));
                        }
                    }

                    await Task.Delay(ControlPeriod, cancellationToken);
                }
            }
            finally
            {
                await phaseOver.CancelAsync();
                await Task.WhenAll(workers);
            }
        }

        public async Task DrainAsync()
        {
            Task idle;
            lock (_gate)
            {
                idle = _idle.Task;
            }

            await idle;
        }

        private async Task CopyAsync(int index, Func<int> desired, Func<bool> takeTicket, CancellationToken phaseOver)
        {
            Enter();
            try
            {
                while (!phaseOver.IsCancellationRequested && index < desired() && takeTicket())
                {
                    var iteration = new LoadIteration(Interlocked.Increment(ref _number), stage, Stopwatch.GetTimestamp());
                    await ExecuteAsync(iteration);
                }
            }
            finally
            {
                Exit();
            }
        }

        private async Task ExecuteAsync(LoadIteration iteration)
        {
            metrics?.RecordStarted(iteration, Stopwatch.GetTimestamp());
            StepOutcome outcome;
            try
            {
                outcome = await step.ExecuteAsync(iteration, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                outcome = StepOutcome.Failure("cancelled");
            }
            catch (Exception e)
            {
                outcome = StepOutcome.Failure($"{e.GetType().Name}: {e.Message}");
            }

            var completed = Stopwatch.GetTimestamp();
            InterlockedMax(ref _lastCompleted, completed);
            metrics?.RecordCompleted(iteration, completed, outcome);
        }

        private void Enter()
        {
            lock (_gate)
            {
                if (_running++ == 0)
                {
                    _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }
            }
        }

        private void Exit()
        {
            lock (_gate)
            {
                if (--_running == 0)
                {
                    _idle.TrySetResult();
                }
            }
        }

        private static TaskCompletionSource CompletedSource()
        {
            var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            source.SetResult();
            return source;
        }

        private static void InterlockedMax(ref long target, long value)
        {
            var current = Interlocked.Read(ref target);
            while (value > current)
            {
                var seen = Interlocked.CompareExchange(ref target, value, current);
                if (seen == current)
                {
                    return;
                }

                current = seen;
            }
        }
    }
}
