namespace S3NotifyConformance.Load.Simulations;

/// <summary>NBomber's IterationsForInject: injects <paramref name="Rate"/> per <paramref name="Interval"/> until <paramref name="Iterations"/> iterations have started.</summary>
public sealed record IterationsForInjectSimulation(int Rate, TimeSpan Interval, long Iterations) : LoadSimulation
{
    /// <inheritdoc />
    public override string Name => "IterationsForInject";

    /// <inheritdoc />
    public override LoadModel Model => LoadModel.Open;

    /// <inheritdoc />
    public override TimeSpan? Duration => null;

    /// <inheritdoc />
    public override string Text => $"iterations-for-inject:rate={Rate},interval={Format(Interval)},iterations={Iterations}";

    /// <inheritdoc />
    public override IEnumerable<string> Problems() =>
        Positive(Name, "rate", Rate).Concat(IntervalProblems(Name, Interval, null)).Concat(Positive(Name, "iterations", Iterations));
}
