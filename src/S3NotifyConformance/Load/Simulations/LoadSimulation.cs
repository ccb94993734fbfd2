using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Load.Simulations;

/// <summary>One phase of a load plan, named and shaped as in NBomber: open-model injection, closed-model copies, or a pause.</summary>
public abstract record LoadSimulation
{
    /// <summary>NBomber's name of the simulation, e.g. <c>RampingInject</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Open (arrival rate), closed (concurrent copies) or pause.</summary>
    public abstract LoadModel Model { get; }

    /// <summary>How long it lasts; null when it ends after a number of iterations instead.</summary>
    public abstract TimeSpan? Duration { get; }

    /// <summary>The text form <see cref="LoadSimulationParser"/> reads back, e.g. <c>inject:rate=500,interval=1s,during=20s</c>.</summary>
    public abstract string Text { get; }

    /// <summary>What is wrong with the simulation's own values (empty when it is valid).</summary>
    public abstract IEnumerable<string> Problems();

    /// <inheritdoc />
    public sealed override string ToString() => Text;

    /// <summary>Checks shared by the simulations: a positive duration.</summary>
    protected static IEnumerable<string> DurationProblems(string name, TimeSpan during) =>
        during <= TimeSpan.Zero ? [$"{name}: during must be longer than zero (got {DurationText.Format(during)})"] : [];

    /// <summary>Checks an injection interval: positive and not longer than the duration.</summary>
    protected static IEnumerable<string> IntervalProblems(string name, TimeSpan interval, TimeSpan? during)
    {
        if (interval <= TimeSpan.Zero)
        {
            yield return $"{name}: interval must be longer than zero (got {DurationText.Format(interval)})";
        }
        else if (during is { } d && d > TimeSpan.Zero && interval > d)
        {
            yield return $"{name}: interval {DurationText.Format(interval)} is longer than during {DurationText.Format(d)}";
        }
    }

    /// <summary>Checks a count that must not be negative.</summary>
    protected static IEnumerable<string> NotNegative(string name, string what, long value) =>
        value < 0 ? [$"{name}: {what} must not be negative (got {value})"] : [];

    /// <summary>Checks a count that must be positive.</summary>
    protected static IEnumerable<string> Positive(string name, string what, long value) =>
        value <= 0 ? [$"{name}: {what} must be at least 1 (got {value})"] : [];

    /// <summary>A duration as the text form writes it.</summary>
    protected static string Format(TimeSpan duration) => DurationText.Format(duration);
}
