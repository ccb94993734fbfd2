namespace S3NotifyConformance.Reports.Bench;

/// <summary>Benchmark (h)'s figures for one factor: the conformance suite's selected matrix scenarios on the embedded store, each
/// writing <paramref name="Factor"/> keys.</summary>
/// <param name="Factor">Keys per generated scenario (1 = the suite as written).</param>
/// <param name="Scenarios">Scenarios run.</param>
/// <param name="Passed">Scenarios that passed.</param>
/// <param name="NotPassed">Scenarios with another outcome (failed, error, unsupported, known deviation).</param>
/// <param name="Writes">Writes made, all scenarios.</param>
/// <param name="ExpectedEvents">Events the oracle expected, all scenarios.</param>
/// <param name="Matched">Expected events that arrived and paired.</param>
/// <param name="WallSeconds">The run's wall time (store start to reports written).</param>
/// <param name="MedianScenarioMs">The median of the scenarios' own durations (they overlap: several run at once).</param>
/// <param name="PeakWorkingSet">The process's peak resident memory during this factor's run (bytes; Linux resets the peak per
/// factor, elsewhere it is the process's peak so far).</param>
/// <param name="PeakManagedGrowth">The highest managed heap seen during the run, above the heap after a full collection before it (bytes).</param>
/// <param name="RetainedManaged">Managed heap after a full collection once the run ended, above the heap before it (bytes).</param>
/// <param name="RunId">The conformance run's id (its reports are under the bench run's <c>growth/xK/</c>).</param>
/// <param name="PeakIsPerFactor">True when <paramref name="PeakWorkingSet"/> was reset before this factor (Linux).</param>
public sealed record GrowthFigures(
    int Factor, int Scenarios, int Passed, int NotPassed, long Writes, long ExpectedEvents, long Matched, double WallSeconds, double MedianScenarioMs,
    long PeakWorkingSet, long PeakManagedGrowth, long RetainedManaged, bool PeakIsPerFactor, string RunId)
{
    /// <summary>Wall time per scenario (ms): the run's wall time ÷ scenarios.</summary>
    public double PerScenarioMs => Scenarios > 0 ? WallSeconds * 1000 / Scenarios : 0;

    /// <summary>Wall time per scenario key (ms): the run's wall time ÷ (scenarios × factor).</summary>
    public double PerKeyMs => Scenarios > 0 ? WallSeconds * 1000 / Scenarios / Factor : 0;
}
