using System.Diagnostics;
using System.Threading.Channels;
using S3NotifyConformance.ReferenceStore.Faults;

namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>
/// Asynchronous S3 → destination delivery: a channel feeds one loop that applies faults (drop, duplicate, reorder,
/// delay) and releases messages from a due-time heap, so an S3 response never waits for delivery and, without faults,
/// each destination sees emission order. Each fault draws from its own seeded stream, so the events a seed drops or
/// duplicates do not change when the delay or the reorder window does.
/// </summary>
internal sealed class DeliveryPipeline : IAsyncDisposable
{
    private static readonly TimeSpan ReorderLinger = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan LateDelivery = TimeSpan.FromSeconds(6);
    private static readonly TimeSpan CrossKeyReorderSpread = TimeSpan.FromMilliseconds(60);

    /// <summary>The first retry of a refused delivery waits this long; each further one twice as long, up to <see cref="RetryBackoffCap"/>.</summary>
    public static readonly TimeSpan FirstRetryBackoff = TimeSpan.FromMilliseconds(50);

    /// <summary>The longest wait between two retries: once a destination is back, its held events go out within this (plus delivery).</summary>
    public static readonly TimeSpan RetryBackoffCap = TimeSpan.FromSeconds(1);

    private readonly Channel<DeliveryItem> _incoming = Channel.CreateUnbounded<DeliveryItem>(new UnboundedChannelOptions { SingleReader = true });
    private readonly PriorityQueue<DeliveryItem, (long Due, long Order)> _scheduled = new();
    private readonly List<DeliveryItem> _reorder = [];
    private readonly DeliveryFaults _faults;
    private readonly Random _dropDraws;
    private readonly Random _duplicateDraws;
    private readonly Random _reorderDraws;
    private readonly Random _delayDraws;
    private readonly Random _crossKeyDraws;
    private readonly IReadOnlySet<StoreFault> _seeded;
    private readonly Dictionary<(string Arn, string Key), long> _lastDuePerKey = [];
    private readonly IDeliveryTarget _target;
    private readonly DeliveryStatistics _statistics;
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<string, Queue<DeliveryItem>> _held = new(StringComparer.Ordinal);
    private int _heldCount;
    private readonly DisruptionSwitch _disruptions;
    private readonly OutagePolicy _outagePolicy;
    private TimeSpan _backoff;
    private long _retryAt;
    private Task _loop = Task.CompletedTask;
    private long _order;
    private long _lastAdmitted;

    /// <summary>Creates a pipeline; call <see cref="Start"/> to run it. <paramref name="seeded"/>: the store's seeded faults, of which
    /// the pipeline applies the delivery ones (drop ObjectRemoved, late Copy events, copies, reordering across keys).
    /// <paramref name="disruptions"/>: the destination disruption in force (an outage window), handled per <paramref name="outagePolicy"/>.</summary>
    public DeliveryPipeline(
        DeliveryFaults faults, IDeliveryTarget target, DeliveryStatistics statistics, IReadOnlySet<StoreFault>? seeded = null,
        DisruptionSwitch? disruptions = null, OutagePolicy outagePolicy = OutagePolicy.Retry)
    {
        _disruptions = disruptions ?? new DisruptionSwitch();
        _outagePolicy = outagePolicy;
        _seeded = seeded ?? new HashSet<StoreFault>();
        _crossKeyDraws = DrawStream(faults.Seed, 5);
        _faults = faults;
        _dropDraws = DrawStream(faults.Seed, 1);
        _duplicateDraws = DrawStream(faults.Seed, 2);
        _reorderDraws = DrawStream(faults.Seed, 3);
        _delayDraws = DrawStream(faults.Seed, 4);
        _target = target;
        _statistics = statistics;
    }

    /// <summary>Queues a message; never blocks.</summary>
    public void Enqueue(DeliveryItem item)
    {
        if (!item.IsTestEvent)
        {
            _statistics.Emitted();
            if (_outagePolicy == OutagePolicy.Drop && _disruptions.For(item.DestinationArn) is { Kind: DisruptionKind.Down })
            {
                // A synchronous push fails while the request that raised it runs: the event is lost then, whenever the loop would see it.
                _statistics.DroppedInOutage();
                return;
            }
        }

        _incoming.Writer.TryWrite(item);
    }

    /// <summary>Starts the delivery loop.</summary>
    public void Start() => _loop = Task.Factory.StartNew(() => Run(_stop.Token), _stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Stops the loop; messages not yet delivered are abandoned.</summary>
    public async ValueTask DisposeAsync()
    {
        _incoming.Writer.TryComplete();
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    // Runs on its own thread: the delay fault is a measured quantity (s3notify load compares what arrives with it), so a due
    // message must not wait for a timer tick or a busy thread pool.
    private void Run(CancellationToken cancellationToken)
    {
        Task<bool>? dataAvailable = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = Stopwatch.GetTimestamp();
            while (_incoming.Reader.TryRead(out var item))
            {
                Admit(item, now);
            }

            if (_reorder.Count > 0 && Stopwatch.GetElapsedTime(_lastAdmitted, now) >= ReorderLinger)
            {
                FlushReorderBuffer(now);
            }

            ReleaseDue(Stopwatch.GetTimestamp());
            dataAvailable ??= _incoming.Reader.WaitToReadAsync(cancellationToken).AsTask();
            var wait = NextWake(Stopwatch.GetTimestamp());
            if (wait is { } delay && !dataAvailable.IsCompleted)
            {
                WaitPrecisely(dataAvailable, delay, cancellationToken);
            }

            if (dataAvailable.IsCompleted || wait is null)
            {
                if (!dataAvailable.GetAwaiter().GetResult())
                {
                    return;
                }

                dataAvailable = null;
            }
        }
    }

    private void Admit(DeliveryItem item, long now)
    {
        if (item.IsTestEvent)
        {
            Schedule(item, now);
            return;
        }

        if (_faults.DropProbability > 0 && _dropDraws.NextDouble() < _faults.DropProbability)
        {
            _statistics.Dropped();
            return;
        }

        if (_seeded.Contains(StoreFault.DropObjectRemoved) && item.EventName?.StartsWith("ObjectRemoved:", StringComparison.Ordinal) == true)
        {
            _statistics.Dropped();
            return;
        }

        AdmitCopy(item, now);
        if (_faults.DuplicateProbability > 0 && _duplicateDraws.NextDouble() < _faults.DuplicateProbability)
        {
            _statistics.Duplicated();
            AdmitCopy(item, now);
        }

        var seededCopies = _seeded.Contains(StoreFault.DuplicateBeyondAllowance) ? 2 : _seeded.Contains(StoreFault.DuplicateWithinAllowance) ? 1 : 0;
        for (var i = 0; i < seededCopies; i++)
        {
            _statistics.Duplicated();
            AdmitCopy(item, now);
        }
    }

    private void AdmitCopy(DeliveryItem item, long now)
    {
        if (_faults.ReorderWindow <= 1)
        {
            Schedule(item, DueTime(item));
            return;
        }

        _reorder.Add(item);
        _lastAdmitted = now;
        if (_reorder.Count >= _faults.ReorderWindow)
        {
            ScheduleRandomBuffered(now);
        }
    }

    private void FlushReorderBuffer(long now)
    {
        while (_reorder.Count > 0)
        {
            ScheduleRandomBuffered(now);
        }
    }

    // Takes a random message out of the reorder buffer and schedules it (not before now).
    private void ScheduleRandomBuffered(long now)
    {
        var index = _reorderDraws.Next(_reorder.Count);
        var chosen = _reorder[index];
        _reorder[index] = _reorder[^1];
        _reorder.RemoveAt(_reorder.Count - 1);
        Schedule(chosen, Math.Max(now, DueTime(chosen)));
    }

    private long DueTime(DeliveryItem item)
    {
        var delayMs = _faults.Delay.SampleMilliseconds(_delayDraws);
        if (item.IsTestEvent)
        {
            return item.EmittedAt + (long)(delayMs * Stopwatch.Frequency / 1000.0);
        }

        if (_seeded.Contains(StoreFault.DeliveryLate) && item.EventName == "ObjectCreated:Copy")
        {
            delayMs += LateDelivery.TotalMilliseconds;
        }

        if (_seeded.Contains(StoreFault.ReorderAcrossKeys))
        {
            delayMs += _crossKeyDraws.NextDouble() * CrossKeyReorderSpread.TotalMilliseconds;
        }

        var due = item.EmittedAt + (long)(delayMs * Stopwatch.Frequency / 1000.0);
        if (_seeded.Contains(StoreFault.ReorderAcrossKeys) && item.Key is { } key)
        {
            // Later events of one key never overtake earlier ones: only events of different keys change places.
            var slot = (item.DestinationArn, key);
            due = Math.Max(due, _lastDuePerKey.GetValueOrDefault(slot) + 1);
            _lastDuePerKey[slot] = due;
        }

        return due;
    }

    private static Random DrawStream(int seed, int fault) => new(unchecked((seed * 397) ^ fault));

    private void Schedule(DeliveryItem item, long due) => _scheduled.Enqueue(item, (Math.Max(due, 0), _order++));

    private void ReleaseDue(long now)
    {
        if (_heldCount > 0 && now >= _retryAt)
        {
            RetryHeld(now);
        }

        while (_scheduled.TryPeek(out var item, out var priority) && priority.Due <= now)
        {
            _scheduled.Dequeue();
            if (item.IsTestEvent)
            {
                _target.Deliver(item);
                continue;
            }

            if (_held.TryGetValue(item.DestinationArn, out var backlog) && backlog.Count > 0)
            {
                // Behind the destination's held backlog: a destination's events leave in the order they were emitted.
                _statistics.Held();
                backlog.Enqueue(item);
                _heldCount++;
                continue;
            }

            Attempt(item, now);
        }
    }

    // One delivery attempt under the disruption in force: refused (held for retry, or dropped), slowed once, or handed over.
    private void Attempt(DeliveryItem item, long now)
    {
        switch (_disruptions.For(item.DestinationArn))
        {
            case { Kind: DisruptionKind.Down }:
                if (_outagePolicy == OutagePolicy.Drop)
                {
                    _statistics.DroppedInOutage();
                    return;
                }

                _statistics.Held();
                Hold(item);
                if (_heldCount == 1)
                {
                    _backoff = FirstRetryBackoff;
                    _retryAt = now + Ticks(_backoff);
                }

                return;
            case { Kind: DisruptionKind.Slow, Delay: var delay } when !item.Slowed:
                Schedule(item with { Slowed = true }, now + Ticks(delay));
                return;
            default:
                Hand(item);
                return;
        }
    }

    // Destinations refused their backlogs' heads until now: try again, in order, each destination that is back; back off while
    // any is still down.
    private void RetryHeld(long now)
    {
        foreach (var (arn, backlog) in _held)
        {
            if (backlog.Count == 0 || _disruptions.For(arn) is { Kind: DisruptionKind.Down })
            {
                continue;
            }

            while (backlog.TryDequeue(out var item))
            {
                _heldCount--;
                Hand(item);
            }
        }

        if (_heldCount > 0)
        {
            _backoff = _backoff * 2 < RetryBackoffCap ? _backoff * 2 : RetryBackoffCap;
            _retryAt = now + Ticks(_backoff);
        }
    }

    private void Hold(DeliveryItem item)
    {
        if (!_held.TryGetValue(item.DestinationArn, out var backlog))
        {
            _held[item.DestinationArn] = backlog = new Queue<DeliveryItem>();
        }

        backlog.Enqueue(item);
        _heldCount++;
    }

    private void Hand(DeliveryItem item)
    {
        if (_target.Deliver(item) == DeliveryOutcome.Delivered)
        {
            _statistics.Delivered();
        }
        else
        {
            _statistics.Undeliverable();
        }
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    private TimeSpan? NextWake(long now)
    {
        TimeSpan? wake = null;
        if (_scheduled.TryPeek(out _, out var priority))
        {
            wake = Stopwatch.GetElapsedTime(now, Math.Max(now, priority.Due));
        }

        if (_heldCount > 0)
        {
            var retry = Stopwatch.GetElapsedTime(now, Math.Max(now, _retryAt));
            wake = wake is null || retry < wake ? retry : wake;
        }

        if (_reorder.Count > 0)
        {
            var linger = ReorderLinger - Stopwatch.GetElapsedTime(_lastAdmitted, now);
            wake = wake is null || linger < wake ? linger : wake;
        }

        return wake is { } w && w < TimeSpan.Zero ? TimeSpan.Zero : wake;
    }

    // Sleeps until a millisecond before the deadline (a sleep wakes up to ~1 ms late), then yields until it: due messages go out
    // within tens of microseconds instead of a timer tick late.
    private static void WaitPrecisely(Task dataAvailable, TimeSpan delay, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(delay.TotalSeconds * Stopwatch.Frequency);
        var coarse = delay - TimeSpan.FromMilliseconds(1);
        try
        {
            if (coarse > TimeSpan.Zero && dataAvailable.Wait(coarse, cancellationToken))
            {
                return;
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }

        while (Stopwatch.GetTimestamp() < deadline && !dataAvailable.IsCompleted && !cancellationToken.IsCancellationRequested)
        {
            Thread.Yield();
        }
    }
}
