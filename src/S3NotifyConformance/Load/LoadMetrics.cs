using System.Diagnostics;
using S3NotifyConformance.Load.Simulations;

namespace S3NotifyConformance.Load;

/// <summary>Records a measurement as it happens, whole-run and per second, into HdrHistograms and counters. Thread-safe; one lock,
/// held for a few counter updates per call (the collector ingest benchmark shows it is far from the bottleneck).</summary>
public sealed class LoadMetrics
{
    private const int MaxDistinctErrors = 50;

    private readonly Lock _lock = new();
    private readonly LatencyHistogram _request = LatencyHistogram.Create();
    private readonly LatencyHistogram _lag = LatencyHistogram.Create();
    private readonly LatencyHistogram _delivery = LatencyHistogram.Create();
    private readonly LatencyHistogram _broker = LatencyHistogram.Create();
    private readonly List<SecondTally> _seconds = [];
    private readonly Dictionary<string, long> _errors = new(StringComparer.Ordinal);
    private long _scheduled;
    private long _ok;
    private long _fail;
    private long _bytes;
    private long _lastCompleted;
    private long _acknowledged;
    private long _delivered;
    private long _duplicates;
    private long _lost;
    private long _unmatched;
    private long _events;
    private long _problems;
    private long _stopped;

    /// <summary>A recorder whose second 0 starts at <paramref name="origin"/> (a Stopwatch timestamp).</summary>
    public LoadMetrics(long origin) => Origin = origin;

    /// <summary>The Stopwatch timestamp the measurement's plan started at: second 0.</summary>
    public long Origin { get; }

    /// <summary>The slowest delivery so far (ms): a run waits about twice this for late duplicates.</summary>
    public double DeliveryMaxMilliseconds
    {
        get
        {
            lock (_lock)
            {
                return _delivery.Count == 0 ? 0 : _delivery.Stats().Max;
            }
        }
    }

    /// <summary>An iteration started: counted as requested in its intended second; its lateness is the engine's schedule lag.</summary>
    public void RecordStarted(LoadIteration iteration, long actualStart)
    {
        lock (_lock)
        {
            _scheduled++;
            Second(iteration.IntendedStart).Requested++;
            _lag.RecordTicks(actualStart - iteration.IntendedStart);
        }
    }

    /// <summary>An iteration completed; latency runs from its intended start.</summary>
    public void RecordCompleted(LoadIteration iteration, long completed, StepOutcome outcome)
    {
        lock (_lock)
        {
            var second = Second(iteration.IntendedStart);
            _lastCompleted = Math.Max(_lastCompleted, completed);
            if (outcome.Ok)
            {
                _ok++;
                _bytes += outcome.Bytes;
                second.Ok++;
                _request.RecordTicks(completed - iteration.IntendedStart);
                second.Request.RecordTicks(completed - iteration.IntendedStart);
                return;
            }

            _fail++;
            second.Fail++;
            var error = outcome.Error ?? "failed";
            if (_errors.ContainsKey(error) || _errors.Count < MaxDistinctErrors)
            {
                _errors[error] = _errors.GetValueOrDefault(error) + 1;
            }
        }
    }

    /// <summary>The store acknowledged a measured write: it now owes one event.</summary>
    public void RecordAcknowledged()
    {
        lock (_lock)
        {
            _acknowledged++;
        }
    }

    /// <summary>The first event of a write arrived: latency from the write's acknowledgement, and to the broker's send time.</summary>
    public void RecordDelivered(long intendedStart, long latencyTicks, long? brokerTicks)
    {
        lock (_lock)
        {
            var second = Second(intendedStart);
            _delivered++;
            _delivery.RecordTicks(latencyTicks);
            second.Delivery.RecordTicks(latencyTicks);
            if (brokerTicks is { } broker)
            {
                _broker.RecordTicks(broker);
                second.Broker.RecordTicks(broker);
            }
        }
    }

    /// <summary>An event of a measured write was received (<paramref name="duplicate"/> when it is not the write's first).</summary>
    public void RecordEvent(long received, bool duplicate)
    {
        lock (_lock)
        {
            var second = Second(received);
            _events++;
            second.Events++;
            if (duplicate)
            {
                _duplicates++;
                second.Duplicates++;
            }
        }
    }

    /// <summary>Records one event that names no measured write.</summary>
    public void RecordUnmatched()
    {
        lock (_lock)
        {
            _unmatched++;
        }
    }

    /// <summary>Counts one collection problem: a receiver error or restart, an unreadable body or record.</summary>
    public void RecordProblem() => Interlocked.Increment(ref _problems);

    /// <summary>The plan was stopped (interrupted) now: an interrupted result's rates are over the time until here.</summary>
    public void RecordStopped() => Interlocked.CompareExchange(ref _stopped, Stopwatch.GetTimestamp(), 0);

    /// <summary>A write whose event never came by the drain deadline.</summary>
    public void RecordLost(long intendedStart)
    {
        lock (_lock)
        {
            _lost++;
            Second(intendedStart).Lost++;
        }
    }

    /// <summary>Where the measurement is now.</summary>
    public LoadProgress Progress(TimeSpan? planned)
    {
        lock (_lock)
        {
            var elapsed = Stopwatch.GetElapsedTime(Origin);
            var last = (int)elapsed.TotalSeconds - 1;
            var rate = last >= 0 && last < _seconds.Count ? _seconds[last].Ok : 0;
            return new LoadProgress(elapsed, planned, _ok, _fail, rate, _request.PercentileMilliseconds(99), _delivery.PercentileMilliseconds(99),
                _events, _duplicates, _acknowledged - _delivered);
        }
    }

    /// <summary>The measurement as an immutable result.</summary>
    /// <param name="interrupted">The plan was cut short: rates are over the time that ran, not the plan's length.</param>
    public LoadResult ToResult(LoadPlan plan, string scenario, string step, TimeSpan warmup, bool interrupted = false)
    {
        lock (_lock)
        {
            var planned = plan.Duration?.TotalSeconds;
            var measured = _lastCompleted > Origin ? Stopwatch.GetElapsedTime(Origin, _lastCompleted).TotalSeconds : 0;
            var stopped = _stopped > Origin ? Stopwatch.GetElapsedTime(Origin, _stopped).TotalSeconds : measured;
            var duration = interrupted ? Math.Max(stopped, measured) : Math.Max(planned ?? 0, measured);
            var openOnly = plan.Simulations.All(s => s.Model != LoadModel.Closed);
            var requestedOver = interrupted ? duration : planned;
            var requests = new RequestSummary(_scheduled, _ok, _fail, _bytes, openOnly && requestedOver is > 0 ? _scheduled / requestedOver : null,
                duration > 0 ? _ok / duration : 0, _request.ToRecorded(), _lag.ToRecorded());
            var delivery = new DeliverySummary(_acknowledged, _delivered, _duplicates, _lost, _events, _unmatched, duration > 0 ? _events / duration : 0,
                _delivery.ToRecorded(), _broker.ToRecorded(), Interlocked.Read(ref _problems));
            return new LoadResult(scenario, step, plan.Texts, warmup.TotalSeconds, planned, duration, 1, requests, delivery,
                [.. _seconds.Select((s, i) => s.ToStats(i))], [.. _errors.OrderByDescending(e => e.Value).Select(e => new ErrorCount(e.Key, e.Value))]);
        }
    }

    private SecondTally Second(long timestamp)
    {
        var index = Math.Max(0, (int)((timestamp - Origin) / Stopwatch.Frequency));
        while (_seconds.Count <= index)
        {
            _seconds.Add(new SecondTally());
        }

        return _seconds[index];
    }

    private sealed class SecondTally
    {
        public long Requested;
        public long Ok;
        public long Fail;
        public long Events;
        public long Duplicates;
        public long Lost;
        private LatencyHistogram? _request;
        private LatencyHistogram? _delivery;
        private LatencyHistogram? _broker;

        public LatencyHistogram Request => _request ??= LatencyHistogram.Create(2);

        public LatencyHistogram Delivery => _delivery ??= LatencyHistogram.Create(2);

        public LatencyHistogram Broker => _broker ??= LatencyHistogram.Create(2);

        public SecondStats ToStats(int second) => new(second, Requested, Ok, Fail, Events, Duplicates, Lost, Request.ToRecorded(), Delivery.ToRecorded(), Broker.ToRecorded());
    }
}
