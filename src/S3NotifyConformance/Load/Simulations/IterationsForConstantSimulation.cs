namespace S3NotifyConformance.Load.Simulations;

/// <summary>NBomber's IterationsForConstant: <paramref name="Copies"/> copies share <paramref name="Iterations"/> iterations, then the simulation ends.</summary>
public sealed record IterationsForConstantSimulation(int Copies, long Iterations) : LoadSimulation
{
    /// <inheritdoc />
    public override string Name => "IterationsForConstant";

    /// <inheritdoc />
    public override LoadModel Model => LoadModel.Closed;

    /// <inheritdoc />
    public override TimeSpan? Duration => null;

    /// <inheritdoc />
    public override string Text => $"iterations-for-constant:copies={Copies},iterations={Iterations}";

    /// <inheritdoc />
    public override IEnumerable<string> Problems() =>
        Positive(Name, "copies", Copies).Concat(Positive(Name, "iterations", Iterations));
}
