namespace S3NotifyConformance.Load.Simulations;

/// <summary>NBomber's Inject: <paramref name="Rate"/> iterations per <paramref name="Interval"/>, spread evenly, for <paramref name="During"/>.</summary>
public sealed record InjectSimulation(int Rate, TimeSpan Interval, TimeSpan During) : LoadSimulation
{
    /// <inheritdoc />
    public override string Name => "Inject";

    /// <inheritdoc />
    public override LoadModel Model => LoadModel.Open;

    /// <inheritdoc />
    public override TimeSpan? Duration => During;

    /// <inheritdoc />
    public override string Text => $"inject:rate={Rate},interval={Format(Interval)},during={Format(During)}";

    /// <inheritdoc />
    public override IEnumerable<string> Problems() =>
        NotNegative(Name, "rate", Rate).Concat(IntervalProblems(Name, Interval, During)).Concat(DurationProblems(Name, During));
}
