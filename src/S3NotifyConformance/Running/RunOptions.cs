namespace S3NotifyConformance.Running;

/// <summary>What a conformance run is asked to do.</summary>
/// <param name="Target"><c>embedded</c> (default), a built-in target name, or a target file.</param>
/// <param name="Filter">Scenario id glob, or null for all.</param>
/// <param name="ReportRoot">Folder under which <c>{run id}/</c> is written.</param>
/// <param name="BaselinePath">A baseline of the target's known deviations, or null.</param>
/// <param name="Parallelism">Scenarios working on the store at once, or null for the target's <c>timing.parallelism</c>.</param>
public sealed record RunOptions(string? Target, string? Filter, string ReportRoot, ProjectPaths Paths, int? Parallelism = null, string? BaselinePath = null)
{
    /// <summary>Scenarios under way at once, or null for the target's <c>timing.concurrency</c>.</summary>
    public int? Concurrency { get; init; }

    /// <summary>Keys each generated matrix scenario writes (its steps repeated per key, K times the records expected; judged by
    /// every rule, not by its one-key snapshot): 1 in a run, more only in the growth benchmark.</summary>
    public int KeysPerScenario { get; init; } = 1;
}
