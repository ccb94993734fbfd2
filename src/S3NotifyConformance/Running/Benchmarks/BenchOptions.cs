using S3NotifyConformance.ReferenceStore;

namespace S3NotifyConformance.Running.Benchmarks;

/// <summary>What <c>s3notify bench</c> runs, with which settings, and where it writes its report folder.</summary>
/// <param name="Selected">Names of the benchmarks to run (ceiling, ingest, accuracy, memory, webhook, fuzz, agents, growth).</param>
/// <param name="Duration">Length of each timed part.</param>
/// <param name="Concurrency">Concurrent PutObject loops of the ceiling (a).</param>
/// <param name="Rate">Injection rate of the measurement-error run (c).</param>
/// <param name="Faults">Delay and duplication of the measurement-error run's store (c).</param>
/// <param name="Events">Events of the memory run (d).</param>
/// <param name="Posts">POSTs of the webhook storm (e).</param>
/// <param name="Bodies">Fuzzed bodies per path of the hostile-body run (f).</param>
/// <param name="Seed">Seed of the fuzzed bodies (f).</param>
public sealed record BenchOptions(
    IReadOnlySet<string> Selected, TimeSpan Duration, int Concurrency, int Rate, DeliveryFaults Faults, long Events, int Posts, int Bodies, int Seed,
    ProjectPaths Paths, string ReportRoot)
{
    /// <summary>Agent counts of the agents run (g), one round each.</summary>
    public ImmutableArray<int> AgentCounts { get; init; } = [1, 2, 4];

    /// <summary>The rate each agent of (g) writes at.</summary>
    public int AgentRate { get; init; } = 50;

    /// <summary>How long each agent of (g) measures.</summary>
    public TimeSpan AgentDuration { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Keys-per-scenario factors of the growth run (h).</summary>
    public ImmutableArray<int> GrowthFactors { get; init; } = [1, 3, 10];

    /// <summary>The scenarios of the growth run (h): the generated trigger matrix.</summary>
    public string GrowthFilter { get; init; } = "trigger/**";
}
