namespace S3NotifyConformance.Load.Simulations;

/// <summary>NBomber's factory names, so a plan reads as it would in NBomber: <c>Simulation.Inject(rate: 500, interval: 1s, during: 20s)</c>.</summary>
public static class Simulation
{
    /// <summary>Open model: <paramref name="rate"/> per <paramref name="interval"/> for <paramref name="during"/>.</summary>
    public static InjectSimulation Inject(int rate, TimeSpan interval, TimeSpan during) => new(rate, interval, during);

    /// <summary>Open model: ramps the rate from the previous one to <paramref name="rate"/>.</summary>
    public static RampingInjectSimulation RampingInject(int rate, TimeSpan interval, TimeSpan during) => new(rate, interval, during);

    /// <summary>Open model: a random rate within <paramref name="minRate"/>..<paramref name="maxRate"/> per interval.</summary>
    public static InjectRandomSimulation InjectRandom(int minRate, int maxRate, TimeSpan interval, TimeSpan during) => new(minRate, maxRate, interval, during);

    /// <summary>Closed model: <paramref name="copies"/> concurrent copies for <paramref name="during"/>.</summary>
    public static KeepConstantSimulation KeepConstant(int copies, TimeSpan during) => new(copies, during);

    /// <summary>Closed model: ramps the copies from the previous number to <paramref name="copies"/>.</summary>
    public static RampingConstantSimulation RampingConstant(int copies, TimeSpan during) => new(copies, during);

    /// <summary>Closed model: <paramref name="copies"/> copies until <paramref name="iterations"/> iterations ran.</summary>
    public static IterationsForConstantSimulation IterationsForConstant(int copies, long iterations) => new(copies, iterations);

    /// <summary>Open model: <paramref name="rate"/> per <paramref name="interval"/> until <paramref name="iterations"/> iterations started.</summary>
    public static IterationsForInjectSimulation IterationsForInject(int rate, TimeSpan interval, long iterations) => new(rate, interval, iterations);

    /// <summary>No load for <paramref name="during"/>.</summary>
    public static PauseSimulation Pause(TimeSpan during) => new(during);
}
