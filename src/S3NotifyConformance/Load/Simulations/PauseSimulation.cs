namespace S3NotifyConformance.Load.Simulations;

/// <summary>NBomber's Pause: no load for <paramref name="During"/>.</summary>
public sealed record PauseSimulation(TimeSpan During) : LoadSimulation
{
    /// <inheritdoc />
    public override string Name => "Pause";

    /// <inheritdoc />
    public override LoadModel Model => LoadModel.Pause;

    /// <inheritdoc />
    public override TimeSpan? Duration => During;

    /// <inheritdoc />
    public override string Text => $"pause:during={Format(During)}";

    /// <inheritdoc />
    public override IEnumerable<string> Problems() =>
        DurationProblems(Name, During);
}
