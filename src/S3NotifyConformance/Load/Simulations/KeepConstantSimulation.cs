namespace S3NotifyConformance.Load.Simulations;

/// <summary>NBomber's KeepConstant: <paramref name="Copies"/> copies each run iterations back to back for <paramref name="During"/>.</summary>
public sealed record KeepConstantSimulation(int Copies, TimeSpan During) : LoadSimulation
{
    /// <inheritdoc />
    public override string Name => "KeepConstant";

    /// <inheritdoc />
    public override LoadModel Model => LoadModel.Closed;

    /// <inheritdoc />
    public override TimeSpan? Duration => During;

    /// <inheritdoc />
    public override string Text => $"keep-constant:copies={Copies},during={Format(During)}";

    /// <inheritdoc />
    public override IEnumerable<string> Problems() =>
        NotNegative(Name, "copies", Copies).Concat(DurationProblems(Name, During));
}
