namespace S3NotifyConformance.Running;

/// <summary>How a run's delivery waits ended — every expected event in, the sentinel in and <c>timing.afterSentinel</c> passed,
/// or the delivery deadline — with the time spent in each, plus the settle windows and the time scenarios worked on the store
/// (holding a working slot) or waited for a slot. Printed at the end of a run: it tells waiting from work.</summary>
public sealed class DeliveryWaitTally
{
    private readonly Lock _lock = new();
    private readonly Dictionary<DeliveryWaitEnd, (int Count, TimeSpan Time)> _ends = [];
    private TimeSpan _settling;
    private TimeSpan _working;
    private TimeSpan _queuedForSlot;

    /// <summary>Records one delivery wait.</summary>
    public void Waited(DeliveryWaitEnd end, TimeSpan time)
    {
        lock (_lock)
        {
            var (count, total) = _ends.GetValueOrDefault(end);
            _ends[end] = (count + 1, total + time);
        }
    }

    /// <summary>Records one settle window.</summary>
    public void Settled(TimeSpan time)
    {
        lock (_lock)
        {
            _settling += time;
        }
    }

    /// <summary>Records time a scenario held a working slot, and how long it waited to get one.</summary>
    public void Worked(TimeSpan working, TimeSpan queued)
    {
        lock (_lock)
        {
            _working += working;
            _queuedForSlot += queued;
        }
    }

    /// <summary>How many waits ended each way.</summary>
    public int Count(DeliveryWaitEnd end)
    {
        lock (_lock)
        {
            return _ends.GetValueOrDefault(end).Count;
        }
    }

    /// <summary>One line for the run's output.</summary>
    public string Describe()
    {
        lock (_lock)
        {
            string Part(DeliveryWaitEnd end, string what) => _ends.GetValueOrDefault(end) is var (n, t) ? $"{n} {what} ({t.TotalSeconds:0.0} s)" : string.Empty;
            return $"scenario time (summed over scenarios): working on the store {_working.TotalSeconds:0.0} s, waiting for a working slot {_queuedForSlot.TotalSeconds:0.0} s; " +
                   $"delivery waits: {Part(DeliveryWaitEnd.Complete, "complete")}, {Part(DeliveryWaitEnd.AfterSentinel, "ended after the sentinel")}, " +
                   $"{Part(DeliveryWaitEnd.Deadline, "at the deadline")}; settle windows {_settling.TotalSeconds:0.0} s";
        }
    }
}

/// <summary>How a delivery wait ended.</summary>
public enum DeliveryWaitEnd
{
    /// <summary>Every expected event, sentinel and test event arrived.</summary>
    Complete,

    /// <summary>Every sentinel arrived and <c>timing.afterSentinel</c> passed without the rest.</summary>
    AfterSentinel,

    /// <summary>The delivery deadline passed.</summary>
    Deadline,
}
