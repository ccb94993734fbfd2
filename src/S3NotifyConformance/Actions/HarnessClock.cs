using System.Diagnostics;

namespace S3NotifyConformance.Actions;

/// <summary>One monotonic time base for writes and events, so a delivery latency is a difference of two readings of the same clock.</summary>
public sealed class HarnessClock
{
    private readonly long _origin = Stopwatch.GetTimestamp();
    private readonly DateTimeOffset _originUtc = DateTimeOffset.UtcNow;

    /// <summary>The shared clock of a process.</summary>
    public static HarnessClock Shared { get; } = new();

    /// <summary>Monotonic timestamp (Stopwatch ticks).</summary>
    public long Now() => Stopwatch.GetTimestamp();

    /// <summary>Wall-clock time of a timestamp (origin + elapsed, so it never goes backwards).</summary>
    public DateTimeOffset ToUtc(long timestamp) => _originUtc + Stopwatch.GetElapsedTime(_origin, timestamp);

    /// <summary>The timestamp that corresponds to a wall-clock time (for broker send times).</summary>
    public long FromUtc(DateTimeOffset utc) => _origin + (long)((utc - _originUtc).TotalSeconds * Stopwatch.Frequency);
}
