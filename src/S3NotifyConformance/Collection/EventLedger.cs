namespace S3NotifyConformance.Collection;

/// <summary>Append-only record of everything collected; collectors append concurrently, waiters wake on each append.</summary>
public sealed class EventLedger : IEventSink
{
    private readonly List<ObservedEvent> _events = [];
    private readonly List<string> _problems = [];
    private readonly Lock _lock = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Appends events, numbering them in arrival order, and wakes waiters.</summary>
    public void Append(IEnumerable<ObservedEvent> events)
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            foreach (var e in events)
            {
                _events.Add(e with { Sequence = _events.Count + 1 });
            }

            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    /// <inheritdoc />
    public void Accept(IReadOnlyList<DeliveredMessage> messages) => Append(messages.SelectMany(m =>
        (m.Problem is { } unreadable ? [new NotificationMessageParser.Parsed(m.Channel, null, null, null, unreadable, 0)] : m.Parsed ?? NotificationMessageParser.Parse(m.Body, m.Channel))
        .Select(p => new ObservedEvent(
            0, m.DestinationName, p.Channel, m.MessageId, p.RecordIndex, p.Record, p.Envelope, p.TestEvent, p.Problem, m.Body,
            m.ReceivedTimestamp, m.ReceivedAt, m.BrokerSentAt, m.ReceiveCount))).ToList());

    /// <inheritdoc />
    public bool ReadsWholeRecords => true;

    /// <summary>Records a collector problem (a receive error, a failed delete) for the report.</summary>
    public void RecordProblem(string problem)
    {
        lock (_lock)
        {
            _problems.Add(problem);
        }
    }

    /// <summary>Everything collected so far.</summary>
    public ImmutableArray<ObservedEvent> Snapshot()
    {
        lock (_lock)
        {
            return [.. _events];
        }
    }

    /// <summary>Collector problems so far.</summary>
    public ImmutableArray<string> Problems()
    {
        lock (_lock)
        {
            return [.. _problems];
        }
    }

    /// <summary>Waits until the condition holds over the collected events, or the timeout passes; true when it held.</summary>
    public async Task<bool> WaitUntilAsync(Func<ImmutableArray<ObservedEvent>, bool> condition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            Task changed;
            ImmutableArray<ObservedEvent> events;
            lock (_lock)
            {
                events = [.. _events];
                changed = _changed.Task;
            }

            if (condition(events))
            {
                return true;
            }

            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                return false;
            }

            try
            {
                await changed.WaitAsync(remaining, cancellationToken);
            }
            catch (TimeoutException)
            {
            }
        }
    }
}
