namespace S3NotifyConformance.Load;

/// <summary>What a load run was asked to do, as results.json records it.</summary>
/// <param name="Simulations">The plan, in text form.</param>
/// <param name="DrainSeconds">How long after the last write the run waited for events before counting the rest as lost.</param>
/// <param name="ObjectSize">Bytes per PutObject.</param>
/// <param name="Thresholds">The thresholds as written (a merge evaluates them again on the merged result).</param>
public sealed record LoadSettings(
    ImmutableArray<string> Simulations,
    double WarmupSeconds,
    double DrainSeconds,
    int ObjectSize,
    ImmutableArray<string> Thresholds)
{
    /// <summary>The fault plan as written (empty: none); the windows as applied are in <see cref="LoadResult.Faults"/>.</summary>
    public ImmutableArray<string> Faults { get; init; } = [];

    /// <summary>The instant (UTC) the plan was asked to begin at (<c>--start-at</c>, for agents started together); null: as soon as set up.</summary>
    public DateTimeOffset? StartAt { get; init; }
}
