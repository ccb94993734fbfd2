using S3NotifyConformance.Load.Simulations;

namespace S3NotifyConformance.Load;

/// <summary>The scheduling math, pure: when each open-model iteration is meant to start, and how many closed-model copies
/// should run at a moment. The engine only follows it.</summary>
public static class LoadSchedule
{
    /// <summary>Intended start offsets (from the plan's start) of an open phase, in order; iterations within an interval are
    /// spread evenly over it. Lazy: an iterations-bounded phase is enumerated only as far as its iterations go.</summary>
    public static IEnumerable<TimeSpan> IntendedStarts(PlannedPhase phase, Random random)
    {
        var (interval, intervals, limit) = phase.Simulation switch
        {
            InjectSimulation s => (s.Interval, Intervals(s.During, s.Interval), long.MaxValue),
            RampingInjectSimulation s => (s.Interval, Intervals(s.During, s.Interval), long.MaxValue),
            InjectRandomSimulation s => (s.Interval, Intervals(s.During, s.Interval), long.MaxValue),
            IterationsForInjectSimulation s => (s.Interval, long.MaxValue, s.Iterations),
            _ => (TimeSpan.Zero, 0L, 0L),
        };
        var produced = 0L;
        var cumulative = 0.0;
        for (var i = 0L; i < intervals && produced < limit; i++)
        {
            var intervalStart = phase.Start + (interval * i);
            var length = phase.End is { } end ? Min(interval, end - intervalStart) : interval;
            if (length <= TimeSpan.Zero)
            {
                yield break;
            }

            var rate = RateOf(phase, i, intervals, random);
            var before = Math.Round(cumulative, MidpointRounding.AwayFromZero);
            cumulative += rate * (length / interval);
            var count = (long)(Math.Round(cumulative, MidpointRounding.AwayFromZero) - before);
            var spacing = rate > 0 ? interval / rate : TimeSpan.Zero;
            for (var j = 0L; j < count && produced < limit; j++, produced++)
            {
                yield return intervalStart + (spacing * j);
            }
        }
    }

    /// <summary>How many iterations an open phase schedules (enumerates its schedule; InjectRandom with the same seed).</summary>
    public static long ScheduledCount(PlannedPhase phase, int seed) => IntendedStarts(phase, new Random(seed)).LongCount();

    /// <summary>Copies a closed phase should run at <paramref name="offset"/> from the plan's start.</summary>
    public static int CopiesAt(PlannedPhase phase, TimeSpan offset) => phase.Simulation switch
    {
        KeepConstantSimulation s => s.Copies,
        IterationsForConstantSimulation s => s.Copies,
        RampingConstantSimulation s => (int)Math.Round(
            phase.StartLevel + ((s.Copies - phase.StartLevel) * Math.Clamp((offset - phase.Start) / s.During, 0, 1)), MidpointRounding.AwayFromZero),
        _ => 0,
    };

    private static double RateOf(PlannedPhase phase, long interval, long intervals, Random random) => phase.Simulation switch
    {
        InjectSimulation s => s.Rate,
        IterationsForInjectSimulation s => s.Rate,
        RampingInjectSimulation s => phase.StartLevel + ((s.Rate - phase.StartLevel) * (interval + 1.0) / intervals),
        InjectRandomSimulation s => random.Next(s.MinRate, s.MaxRate + 1),
        _ => 0,
    };

    // A last partial interval counts (at its share of the rate); a rounding sliver of under a microsecond does not.
    private static long Intervals(TimeSpan during, TimeSpan interval) => (long)Math.Ceiling((during - TimeSpan.FromTicks(10)) / interval);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
