namespace S3NotifyConformance.Load.Simulations;

/// <summary>NBomber's RampingConstant: the number of copies moves linearly from the previous closed simulation's (0 after anything else) to <paramref name="Copies"/>.</summary>
public sealed record RampingConstantSimulation(int Copies, TimeSpan During) : LoadSimulation
{
    /// <inheritdoc />
    public override string Name => "RampingConstant";

    /// <inheritdoc />
    public override LoadModel Model => LoadModel.Closed;

    /// <inheritdoc />
    public override TimeSpan? Duration => During;

    /// <inheritdoc />
    public override string Text => $"ramping-constant:copies={Copies},during={Format(During)}";

    /// <inheritdoc />
    public override IEnumerable<string> Problems() =>
        NotNegative(Name, "copies", Copies).Concat(DurationProblems(Name, During));
}
