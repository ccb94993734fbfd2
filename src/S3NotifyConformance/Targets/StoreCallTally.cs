namespace S3NotifyConformance.Targets;

/// <summary>Where a run's store time went: per operation (the AWS name, e.g. <c>CreateTopic</c>), how many calls were answered
/// and how long they took in all, and how long calls waited for a one-at-a-time turn (<see cref="TargetTimings.OneAtATime"/>).
/// Calls overlap, so the sums are work done, not wall time; printed at the end of a run to show what a suite's time is spent on.</summary>
public sealed class StoreCallTally
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (int Calls, TimeSpan Answering, TimeSpan WaitingForTurn)> _byOperation = new(StringComparer.Ordinal);

    /// <summary>The AWS operation name of a monitor's operation text (<c>S3 PutObject PUT /b/k</c> → <c>PutObject</c>).</summary>
    public static string NameOf(string operation) => operation.Split(' ') is [_, var action, ..] ? action : operation;

    /// <summary>Records an answered call (a long poll counts with no time: its wait is the queue's).</summary>
    public void Answered(string operation, TimeSpan elapsed)
    {
        lock (_lock)
        {
            var name = NameOf(operation);
            var (calls, answering, turn) = _byOperation.GetValueOrDefault(name);
            _byOperation[name] = (calls + 1, answering + elapsed, turn);
        }
    }

    /// <summary>Records how long a call waited for its one-at-a-time turn.</summary>
    public void WaitedForTurn(string operation, TimeSpan waited)
    {
        lock (_lock)
        {
            var name = NameOf(operation);
            var (calls, answering, turn) = _byOperation.GetValueOrDefault(name);
            _byOperation[name] = (calls, answering, turn + waited);
        }
    }

    /// <summary>Calls, answering time and turn waits per operation so far.</summary>
    public ImmutableSortedDictionary<string, (int Calls, TimeSpan Answering, TimeSpan WaitingForTurn)> Snapshot()
    {
        lock (_lock)
        {
            return _byOperation.ToImmutableSortedDictionary(StringComparer.Ordinal);
        }
    }

    /// <summary>One line: the <paramref name="top"/> operations by answering time (calls, seconds, mean), then the turn waits.</summary>
    public string Describe(int top = 8)
    {
        var all = Snapshot();
        if (all.IsEmpty)
        {
            return "store time: no calls";
        }

        var total = all.Values.Aggregate(TimeSpan.Zero, (sum, o) => sum + o.Answering);
        var biggest = all.OrderByDescending(o => o.Value.Answering).Take(top)
            .Select(o => $"{o.Key} {o.Value.Calls} × {Ms(o.Value.Answering / Math.Max(1, o.Value.Calls))} = {o.Value.Answering.TotalSeconds:0.0} s");
        var turns = all.Where(o => o.Value.WaitingForTurn > TimeSpan.Zero).OrderByDescending(o => o.Value.WaitingForTurn)
            .Select(o => $"{o.Key} {o.Value.WaitingForTurn.TotalSeconds:0.0} s").ToList();
        var turnText = turns.Count == 0 ? string.Empty : $"; waiting for a one-at-a-time turn: {string.Join(", ", turns)}";
        return $"store time (calls overlap: work, not wall time): {total.TotalSeconds:0.0} s answering in all; {string.Join(", ", biggest)}{turnText}";
    }

    private static string Ms(TimeSpan t) => $"{t.TotalMilliseconds:0} ms";
}
