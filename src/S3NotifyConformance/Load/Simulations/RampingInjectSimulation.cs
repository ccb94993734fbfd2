namespace S3NotifyConformance.Load.Simulations;

/// <summary>NBomber's RampingInject: the rate per <paramref name="Interval"/> moves linearly from the previous open simulation's rate (0 after anything else) to <paramref name="Rate"/>, reached in the last interval.</summary>
public sealed record RampingInjectSimulation(int Rate, TimeSpan Interval, TimeSpan During) : LoadSimulation
{
    /// <inheritdoc />
    public override string Name => "RampingInject";

    /// <inheritdoc />
    public override LoadModel Model => LoadModel.Open;

    /// <inheritdoc />
    public override TimeSpan? Duration => During;

    /// <inheritdoc />
    public override string Text => $"ramping-inject:rate={Rate},interval={Format(Interval)},during={Format(During)}";

    /// <inheritdoc />
    public override IEnumerable<string> Problems() =>
        NotNegative(Name, "rate", Rate).Concat(IntervalProblems(Name, Interval, During)).Concat(DurationProblems(Name, During));
}
