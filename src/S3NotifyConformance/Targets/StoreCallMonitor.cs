using System.Diagnostics;

namespace S3NotifyConformance.Targets;

/// <summary>Bounds every call to one store and notices when it stops answering: each call gets <see cref="TargetTimings.CallTimeout"/>;
/// after <see cref="TargetTimings.UnresponsiveAfter"/> consecutive unanswered calls to one endpoint the store is unresponsive,
/// <see cref="Unresponsive"/> is cancelled, and further calls fail at once until <see cref="Rearm"/>. One per connection, shared
/// by every client made from it.</summary>
public sealed class StoreCallMonitor
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _unansweredInARow = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _unresponsive = new();
    private bool _failFast;
    private int _expectedOutages;
    private long _answered;
    private long _unanswered;
    private (string Operation, TimeSpan Elapsed) _slowest;
    private readonly Lazy<HttpClient> _http;

    private readonly ImmutableSortedSet<string> _oneAtATime;
    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>A monitor with the given limits.</summary>
    public StoreCallMonitor(TimeSpan callTimeout, int unresponsiveAfter, ImmutableSortedSet<string>? oneAtATime = null)
    {
        CallTimeout = callTimeout;
        UnresponsiveAfter = Math.Max(1, unresponsiveAfter);
        _oneAtATime = oneAtATime ?? [];
        _http = new Lazy<HttpClient>(() => StoreHttpClientFactory.CreateHttpClient(this));
    }

    /// <summary>A monitor with a target's limits.</summary>
    public StoreCallMonitor(TargetTimings timings)
        : this(timings.CallTimeout, timings.UnresponsiveAfter, timings.OneAtATime)
    {
    }

    /// <summary>For an operation the store gets one at a time (<see cref="TargetTimings.OneAtATime"/>; <paramref name="operation"/>
    /// as <c>S3 PutBucketNotificationConfiguration PUT /b?notification</c> or <c>SNS CreateTopic</c>), waits for its turn and
    /// returns it, to dispose when answered; null for any other.</summary>
    public async Task<IDisposable?> TurnAsync(string operation, CancellationToken cancellationToken)
    {
        if (!_oneAtATime.Contains(StoreCallTally.NameOf(operation)))
        {
            return null;
        }

        var waiting = Stopwatch.GetTimestamp();
        await _turn.WaitAsync(cancellationToken);
        Tally.WaitedForTurn(operation, Stopwatch.GetElapsedTime(waiting));
        return new Turn(_turn);
    }

    /// <summary>An HttpClient for calls outside the SDK (signed raw calls, browser-form POSTs), bounded by this monitor; one per
    /// connection, so its connections are reused.</summary>
    public HttpClient Http => _http.Value;

    /// <summary>How long one call may take.</summary>
    public TimeSpan CallTimeout { get; }

    /// <summary>Consecutive unanswered calls to one endpoint that make the store unresponsive.</summary>
    public int UnresponsiveAfter { get; }

    /// <summary>Cancelled when the store became unresponsive; a run links it with the user's cancellation.</summary>
    public CancellationToken Unresponsive => _unresponsive.Token;

    /// <summary>Why the store is unresponsive (endpoint, count, last operation and its wait), or null while it answers.</summary>
    public string? UnresponsiveReason { get; private set; }

    /// <summary>True once the store was found unresponsive.</summary>
    public bool IsUnresponsive => UnresponsiveReason is not null;

    /// <summary>Where the store time went, per operation.</summary>
    public StoreCallTally Tally { get; } = new();

    /// <summary>Calls answered and unanswered so far, and the slowest answered one.</summary>
    public string Describe()
    {
        lock (_lock)
        {
            var slowest = _slowest.Operation is null ? string.Empty : $"; slowest answer {_slowest.Elapsed.TotalSeconds:0.00} s ({_slowest.Operation})";
            return $"store calls: {_answered} answered, {_unanswered} unanswered (call timeout {DurationText.Format(CallTimeout)}){slowest}";
        }
    }

    /// <summary>Throws <see cref="StoreUnresponsiveException"/> when the store was found unresponsive and not re-armed since.</summary>
    public void ThrowIfFailingFast(string operation)
    {
        if (_failFast)
        {
            throw new StoreUnresponsiveException($"{operation} not sent: {UnresponsiveReason}");
        }
    }

    /// <summary>Records an answer (any HTTP status) from <paramref name="endpoint"/>.</summary>
    public void Answered(string endpoint, string operation, TimeSpan elapsed)
    {
        lock (_lock)
        {
            _answered++;
            _unansweredInARow[endpoint] = 0;
            Tally.Answered(operation, elapsed);
            if (elapsed > _slowest.Elapsed)
            {
                _slowest = (operation, elapsed);
            }
        }
    }

    /// <summary>Records a call <paramref name="endpoint"/> did not answer (timed out, or no connection); the Nth in a row makes the
    /// store unresponsive.</summary>
    public void Unanswered(string endpoint, string operation, string what)
    {
        string? reason = null;
        lock (_lock)
        {
            _unanswered++;
            var inARow = _unansweredInARow[endpoint] = _unansweredInARow.GetValueOrDefault(endpoint) + 1;
            if (inARow >= UnresponsiveAfter && !_failFast && _expectedOutages == 0)
            {
                _failFast = true;
                reason = UnresponsiveReason = $"store unresponsive: {endpoint} left {inARow} consecutive calls unanswered (the last: {operation} {what})";
            }
        }

        if (reason is not null)
        {
            _unresponsive.Cancel();
        }
    }

    /// <summary>Lets calls through again after the store was found unresponsive (for the final sweep): each is still bounded,
    /// and <see cref="UnresponsiveAfter"/> more unanswered ones fail the rest fast again.</summary>
    public void Rearm()
    {
        lock (_lock)
        {
            _unansweredInARow.Clear();
            _failFast = false;
        }
    }

    /// <summary>The harness is taking the store down on purpose (a store-restart fault) until the result is disposed: unanswered
    /// calls are still counted, but do not make the store unresponsive; afterwards the count in a row starts again.</summary>
    public IDisposable ExpectOutage()
    {
        lock (_lock)
        {
            _expectedOutages++;
        }

        return new ExpectedOutage(this);
    }

    private void OutageOver()
    {
        lock (_lock)
        {
            _expectedOutages--;
            _unansweredInARow.Clear();
        }
    }

    /// <summary>A timestamp for measuring a call.</summary>
    internal static long Start() => Stopwatch.GetTimestamp();

    private sealed class Turn(SemaphoreSlim turn) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                turn.Release();
            }
        }
    }

    private sealed class ExpectedOutage(StoreCallMonitor monitor) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                monitor.OutageOver();
            }
        }
    }
}
