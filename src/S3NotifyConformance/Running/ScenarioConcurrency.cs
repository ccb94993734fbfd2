using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Running;

/// <summary>How many scenarios a run has under way, and how many of those may work on the store at once.</summary>
/// <param name="Working">Scenarios calling the store at once (provisioning, writes, teardown).</param>
/// <param name="InFlight">Scenarios under way at once, counting those that have written everything and only wait; at least <paramref name="Working"/>.</param>
public sealed record ScenarioConcurrency(int Working, int InFlight)
{
    /// <summary>The run's options where they say, else the target's timings.</summary>
    public static ScenarioConcurrency Of(RunOptions options, TargetTimings timings)
    {
        var working = Math.Max(1, options.Parallelism ?? timings.Parallelism);
        return new ScenarioConcurrency(working, Math.Max(working, options.Concurrency ?? timings.Concurrency));
    }
}
