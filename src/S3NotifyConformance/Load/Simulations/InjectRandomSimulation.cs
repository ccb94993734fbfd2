namespace S3NotifyConformance.Load.Simulations;

/// <summary>NBomber's InjectRandom: each <paramref name="Interval"/> injects a rate drawn uniformly from <paramref name="MinRate"/>..<paramref name="MaxRate"/> (seeded, so runs repeat).</summary>
public sealed record InjectRandomSimulation(int MinRate, int MaxRate, TimeSpan Interval, TimeSpan During) : LoadSimulation
{
    /// <inheritdoc />
    public override string Name => "InjectRandom";

    /// <inheritdoc />
    public override LoadModel Model => LoadModel.Open;

    /// <inheritdoc />
    public override TimeSpan? Duration => During;

    /// <inheritdoc />
    public override string Text => $"inject-random:min={MinRate},max={MaxRate},interval={Format(Interval)},during={Format(During)}";

    /// <inheritdoc />
    public override IEnumerable<string> Problems() =>
        NotNegative(Name, "min", MinRate).Concat(NotNegative(Name, "max", MaxRate))
            .Concat(MaxRate < MinRate ? [$"{Name}: max {MaxRate} is less than min {MinRate}"] : [])
            .Concat(IntervalProblems(Name, Interval, During)).Concat(DurationProblems(Name, During));
}
