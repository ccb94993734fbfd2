namespace S3NotifyConformance.Load;

/// <summary>What one measurement (one agent, or several merged) found: the data every load report is rendered from.</summary>
/// <param name="Scenario">What the iterations do, e.g. <c>put_object → sqs</c>.</param>
/// <param name="Step">The step's name, e.g. <c>put_object</c>.</param>
/// <param name="Simulations">The plan, in text form.</param>
/// <param name="PlannedSeconds">The plan's length; null when it ends after a number of iterations.</param>
/// <param name="DurationSeconds">The measurement: from the plan's start to the last request's completion (at least the plan's length).</param>
/// <param name="Agents">How many agents' results this holds (1 unless merged).</param>
public sealed record LoadResult(
    string Scenario,
    string Step,
    ImmutableArray<string> Simulations,
    double WarmupSeconds,
    double? PlannedSeconds,
    double DurationSeconds,
    int Agents,
    RequestSummary Requests,
    DeliverySummary Delivery,
    ImmutableArray<SecondStats> Seconds,
    ImmutableArray<ErrorCount> Errors)
{
    /// <summary>The faults applied during the measurement, each with what it did to delivery (empty without a fault plan).</summary>
    public ImmutableArray<FaultWindowFigures> Faults { get; init; } = [];

    /// <summary>When the measurement began on the wall clock (UTC; the measured stage's origin, after any warm-up); for a merge, the
    /// earliest agent's. Null in results written before 2026-12-02.</summary>
    public DateTimeOffset? MeasurementStart { get; init; }

    /// <summary>When the measurement ended on the wall clock: <see cref="MeasurementStart"/> plus <see cref="DurationSeconds"/>.</summary>
    public DateTimeOffset? MeasurementEnd => MeasurementStart?.AddSeconds(DurationSeconds);
}
