using System.Diagnostics;

namespace S3NotifyConformance.ReferenceStore.Clock;

/// <summary>
/// Runs work on the accelerated clock: one-shot actions due after a simulated delay (restore completion and expiry,
/// replication) and periodic sweeps (lifecycle, Intelligent-Tiering) every simulated hour, from one loop that sleeps
/// until the next due time or until an earlier action is scheduled.
/// </summary>
internal sealed class ClockScheduler : IAsyncDisposable
{
    private static readonly TimeSpan MinimumSweep = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaximumSweep = TimeSpan.FromSeconds(1);

    private readonly object _gate = new();
    private readonly PriorityQueue<Action, (long Due, long Order)> _actions = new();
    private readonly List<Action> _sweeps = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly TimeSpan _sweepInterval;
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _loop = Task.CompletedTask;
    private long _order;

    /// <summary>Creates a scheduler on <paramref name="clock"/>.</summary>
    public ClockScheduler(SimulatedClock clock)
    {
        Clock = clock;
        var hour = clock.ToReal(TimeSpan.FromHours(1));
        _sweepInterval = hour < MinimumSweep ? MinimumSweep : hour > MaximumSweep ? MaximumSweep : hour;
    }

    /// <summary>The clock.</summary>
    public SimulatedClock Clock { get; }

    /// <summary>Runs <paramref name="action"/> once <paramref name="simulatedDelay"/> of simulated time has passed.</summary>
    public void After(TimeSpan simulatedDelay, Action action)
    {
        var real = Clock.ToReal(simulatedDelay < TimeSpan.Zero ? TimeSpan.Zero : simulatedDelay);
        var due = Stopwatch.GetTimestamp() + (long)(real.TotalSeconds * Stopwatch.Frequency);
        lock (_gate)
        {
            var earliest = _actions.TryPeek(out _, out var head) ? head.Due : long.MaxValue;
            _actions.Enqueue(action, (due, _order++));
            if (due < earliest)
            {
                _wake.TrySetResult();
            }
        }
    }

    /// <summary>Adds a sweep run every simulated hour (bounded to 10 ms .. 1 s of real time).</summary>
    public void AddSweep(Action sweep)
    {
        lock (_gate)
        {
            _sweeps.Add(sweep);
        }
    }

    /// <summary>Starts the loop.</summary>
    public void Start() => _loop = Task.Run(() => RunAsync(_stop.Token));

    /// <summary>Stops the loop; pending actions are abandoned.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var nextSweep = Stopwatch.GetTimestamp();
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = Stopwatch.GetTimestamp();
            foreach (var action in TakeDue(now))
            {
                Run(action);
            }

            if (now >= nextSweep)
            {
                Action[] sweeps;
                lock (_gate)
                {
                    sweeps = [.. _sweeps];
                }

                foreach (var sweep in sweeps)
                {
                    Run(sweep);
                }

                nextSweep = Stopwatch.GetTimestamp() + (long)(_sweepInterval.TotalSeconds * Stopwatch.Frequency);
            }

            Task wake;
            long until;
            lock (_gate)
            {
                if (_wake.Task.IsCompleted)
                {
                    _wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                wake = _wake.Task;
                until = _actions.TryPeek(out _, out var head) ? Math.Min(head.Due, nextSweep) : nextSweep;
            }

            var delay = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), Math.Max(until, Stopwatch.GetTimestamp()));
            try
            {
                await wake.WaitAsync(delay, cancellationToken);
            }
            catch (TimeoutException)
            {
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private List<Action> TakeDue(long now)
    {
        var due = new List<Action>();
        lock (_gate)
        {
            while (_actions.TryPeek(out var action, out var priority) && priority.Due <= now)
            {
                _actions.Dequeue();
                due.Add(action);
            }
        }

        return due;
    }

    private static void Run(Action action)
    {
        try
        {
            action();
        }
        catch (Exception exception)
        {
            // A failing timer action must not stop the clock.
            Console.Error.WriteLine($"[refstore] clock action failed: {exception}");
        }
    }
}
