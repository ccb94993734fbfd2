using S3NotifyConformance.Actions;
using S3NotifyConformance.Collection;

namespace S3NotifyConformance.Load;

/// <summary>Pairs each measured write with its events by the id in the object key (<c>{prefix}m/{number}</c>): the first event
/// gives the delivery latency, later ones are duplicates, and a write still without one at the drain deadline is lost. It is the
/// load run's event sink: it reads key, name and send time of each record and drops the body.</summary>
public sealed class DeliveryTracker : IEventSink
{
    // Far above any run (68 billion writes); a foreign key with a huge number must not allocate slots.
    private const long MaxNumber = 1L << 36;

    /// <summary>Problems listed by text; beyond these they are only counted.</summary>
    public const int MaxListedProblems = 100;

    private readonly Lock _lock = new();
    private readonly WriteSlots _slots = new();
    private readonly string _prefix;
    private readonly string _measuredPrefix;
    private readonly string _warmupPrefix;
    private readonly LoadMetrics _metrics;
    private readonly HarnessClock _clock;
    private readonly List<string> _problems = [];
    private readonly TaskCompletionSource _allDelivered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _outstanding;
    private bool _writingDone;
    private long _warmupEvents;
    private long _problemCount;

    /// <summary>A tracker for keys under <paramref name="keyPrefix"/> (e.g. <c>load/</c>).</summary>
    public DeliveryTracker(string keyPrefix, LoadMetrics metrics, HarnessClock clock)
    {
        _prefix = keyPrefix;
        _measuredPrefix = S3KeyEncoding.Encode(keyPrefix + "m/");
        _warmupPrefix = S3KeyEncoding.Encode(keyPrefix + "w/");
        _metrics = metrics;
        _clock = clock;
    }

    /// <summary>Events of warm-up writes (not measured).</summary>
    public long WarmupEvents => Interlocked.Read(ref _warmupEvents);

    /// <summary>Acknowledged measured writes still waiting for their first event.</summary>
    public long Outstanding
    {
        get
        {
            lock (_lock)
            {
                return _outstanding;
            }
        }
    }

    /// <summary>The object key of an iteration's write.</summary>
    public string KeyFor(LoadIteration iteration) => $"{_prefix}{(iteration.Stage == LoadStage.Warmup ? "w" : "m")}/{iteration.Number}";

    /// <summary>The store acknowledged a measured write at <paramref name="acknowledged"/>: from now on its event is awaited.</summary>
    public void Acknowledge(LoadIteration iteration, long acknowledged)
    {
        if (iteration.Stage != LoadStage.Measurement)
        {
            return;
        }

        lock (_lock)
        {
            ref var slot = ref _slots[iteration.Number];
            slot.IntendedStart = iteration.IntendedStart;
            slot.Acknowledged = acknowledged;
            _metrics.RecordAcknowledged();
            if (slot.Events > 0)
            {
                // The event overtook the response: the write was delivered before the client heard it succeeded.
                _metrics.RecordDelivered(slot.IntendedStart, slot.FirstEvent - acknowledged, slot.BrokerSent == 0 ? null : slot.BrokerSent - acknowledged);
            }
            else
            {
                _outstanding++;
            }
        }
    }

    /// <inheritdoc />
    public void Accept(IReadOnlyList<DeliveredMessage> messages)
    {
        foreach (var message in messages)
        {
            var brokerSent = message.BrokerSentAt is { } sent ? _clock.FromUtc(sent) : 0;
            var digests = message.Problem is { } unreadable ? new EventDigests([], false, [unreadable]) : EventDigestParser.Parse(message.Body);
            foreach (var problem in digests.Problems)
            {
                RecordProblem($"message {message.MessageId}: {problem}; body: {BodyExcerpt.Of(message.Body)}");
            }

            foreach (var digest in digests.Records)
            {
                Observe(digest, message.ReceivedTimestamp, brokerSent);
            }
        }
    }

    /// <summary>Records a problem (a receiver error, an unreadable body or record): every one is counted in the run's
    /// <c>problems</c>, the first <see cref="MaxListedProblems"/> are listed.</summary>
    public void RecordProblem(string problem)
    {
        _metrics.RecordProblem();
        lock (_lock)
        {
            _problemCount++;
            if (_problems.Count < MaxListedProblems)
            {
                _problems.Add(problem);
            }
        }
    }

    /// <summary>Problems so far: the first <see cref="MaxListedProblems"/>, then how many more there were.</summary>
    public ImmutableArray<string> Problems()
    {
        lock (_lock)
        {
            return _problemCount > _problems.Count ? [.. _problems, $"… and {_problemCount - _problems.Count} more problem(s)"] : [.. _problems];
        }
    }

    /// <summary>No more measured writes will come: once <see cref="Outstanding"/> is 0, every write is delivered.</summary>
    public void WritingFinished()
    {
        lock (_lock)
        {
            _writingDone = true;
            SignalIfComplete();
        }
    }

    /// <summary>Completes when writing has finished and every acknowledged write has its first event, or the timeout passes; true when all arrived.</summary>
    public async Task<bool> WaitForAllDeliveredAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        Task all;
        lock (_lock)
        {
            all = _allDelivered.Task;
        }

        try
        {
            await all.WaitAsync(timeout, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Ends the pairing: every acknowledged write still without an event is lost.</summary>
    public void RecordLosses()
    {
        lock (_lock)
        {
            for (var number = 0L; number < _slots.Count; number++)
            {
                ref var slot = ref _slots[number];
                if (slot.Acknowledged != 0 && slot.Events == 0)
                {
                    _metrics.RecordLost(slot.IntendedStart);
                }
            }
        }
    }

    /// <summary>What each fault window did to delivery (see <see cref="FaultWindowFigures"/>), from the write slots: call after
    /// <see cref="RecordLosses"/>. <paramref name="origin"/> is the Stopwatch timestamp the windows' seconds count from.</summary>
    public ImmutableArray<FaultWindowFigures> FaultFigures(IReadOnlyList<Faults.FaultWindow> windows, long origin)
    {
        long At(double seconds) => origin + (long)(seconds * System.Diagnostics.Stopwatch.Frequency);
        double Ms(long ticks) => Math.Max(0, ticks) * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
        var ordered = windows.OrderBy(w => w.StartSeconds).ToList();
        var figures = ImmutableArray.CreateBuilder<FaultWindowFigures>();
        lock (_lock)
        {
            for (var i = 0; i < ordered.Count; i++)
            {
                var window = ordered[i];
                var (start, end) = (At(window.StartSeconds), At(window.EndSeconds));
                var nextStart = i + 1 < ordered.Count ? At(ordered[i + 1].StartSeconds) : long.MaxValue;
                long expected = 0, delivered = 0, lost = 0, duplicates = 0, backlog = 0, afterWrites = 0, straddling = 0;
                long firstAfter = long.MaxValue, drained = end;
                List<double> during = [], after = [];
                for (var number = 0L; number < _slots.Count; number++)
                {
                    ref var slot = ref _slots[number];
                    if (slot.Acknowledged == 0)
                    {
                        continue;
                    }

                    var arrived = slot.Events > 0;
                    if ((slot.IntendedStart < start && slot.Acknowledged >= start) || (slot.IntendedStart < end && slot.Acknowledged >= end))
                    {
                        straddling++;
                    }

                    if (slot.Acknowledged >= start && slot.Acknowledged < end)
                    {
                        expected++;
                        if (arrived)
                        {
                            delivered++;
                            duplicates += slot.Events - 1;
                            during.Add(Ms(slot.FirstEvent - slot.Acknowledged));
                        }
                        else
                        {
                            lost++;
                        }
                    }
                    else if (slot.Acknowledged >= end && slot.Acknowledged < nextStart)
                    {
                        afterWrites++;
                        if (arrived)
                        {
                            after.Add(Ms(slot.FirstEvent - slot.Acknowledged));
                        }
                    }

                    if (arrived && slot.FirstEvent >= end)
                    {
                        firstAfter = Math.Min(firstAfter, slot.FirstEvent);
                        if (slot.Acknowledged < end)
                        {
                            backlog++;
                            drained = Math.Max(drained, slot.FirstEvent);
                        }
                    }
                }

                figures.Add(new FaultWindowFigures(
                    window, expected, delivered, lost, duplicates, backlog, firstAfter == long.MaxValue ? null : Ms(firstAfter - end), Ms(drained - end),
                    during.Count == 0 ? 0 : during.Max(), FaultWindowFigures.P99(during), afterWrites, after.Count == 0 ? 0 : after.Max(), FaultWindowFigures.P99(after),
                    straddling));
            }
        }

        return figures.ToImmutable();
    }

    private void Observe(EventDigest digest, long received, long brokerSent)
    {
        var key = digest.EncodedKey;
        if (key.StartsWith(_warmupPrefix, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _warmupEvents);
            return;
        }

        if (!key.StartsWith(_measuredPrefix, StringComparison.Ordinal) || !long.TryParse(key.AsSpan(_measuredPrefix.Length), out var number) || number is < 0 or > MaxNumber)
        {
            _metrics.RecordUnmatched();
            return;
        }

        lock (_lock)
        {
            ref var slot = ref _slots[number];
            slot.Events++;
            _metrics.RecordEvent(received, duplicate: slot.Events > 1);
            if (slot.Events > 1)
            {
                return;
            }

            slot.FirstEvent = received;
            slot.BrokerSent = brokerSent;
            if (slot.Acknowledged != 0)
            {
                _metrics.RecordDelivered(slot.IntendedStart, received - slot.Acknowledged, brokerSent == 0 ? null : brokerSent - slot.Acknowledged);
                _outstanding--;
                SignalIfComplete();
            }
        }
    }

    private void SignalIfComplete()
    {
        if (_writingDone && _outstanding == 0)
        {
            _allDelivered.TrySetResult();
        }
    }
}
