using System.Diagnostics;

namespace S3NotifyConformance.ReferenceStore.Clock;

/// <summary>Accelerated clock for hour- and day-scale S3 behaviour: simulated time runs <see cref="Scale"/> times faster than real time from the store's start.</summary>
internal sealed class SimulatedClock
{
    private readonly DateTimeOffset _origin = DateTimeOffset.UtcNow;
    private readonly long _originTicks = Stopwatch.GetTimestamp();

    /// <summary>Creates a clock.</summary>
    public SimulatedClock(double scale) => Scale = scale;

    /// <summary>Simulated seconds per real second.</summary>
    public double Scale { get; }

    /// <summary>The simulated now.</summary>
    public DateTimeOffset Now => _origin + (Stopwatch.GetElapsedTime(_originTicks) * Scale);

    /// <summary>The real time a simulated duration takes.</summary>
    public TimeSpan ToReal(TimeSpan simulated) => simulated / Scale;
}
