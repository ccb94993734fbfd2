namespace S3NotifyConformance.Load;

/// <summary>One load run (or several agents' runs merged): results.json of a load run, the single source of its index.html,
/// summary.md and CSV. It starts with the header every run kind shares.</summary>
/// <param name="Header">Kind (load), run id, tool, target (its note: the embedded store's injected faults), machine, times.</param>
/// <param name="Problems">Collector problems and unmatched records worth a look.</param>
/// <param name="CleanupFailures">Resources carrying the run id that could not be removed.</param>
/// <param name="Sources">The run ids merged into this one (just its own id for a single run).</param>
public sealed record LoadRunResult(
    RunHeader Header,
    LoadSettings Settings,
    LoadResult Result,
    ImmutableArray<ThresholdResult> Thresholds,
    ImmutableArray<string> Problems,
    ImmutableArray<string> CleanupFailures,
    bool Interrupted,
    ImmutableArray<string> Sources) : RunResultBase(Header)
{
    /// <summary>Thresholds that failed.</summary>
    public IEnumerable<ThresholdResult> FailedThresholds => Thresholds.Where(t => !t.Passed);

    /// <summary>Why the run stopped before its end other than Ctrl+C (the store stopped answering, named), or null.</summary>
    public string? StoppedBecause { get; init; }

    /// <summary>With <c>--start-at</c>: set-up ended after the instant, so the plan began late by what it says (an agent whose
    /// measurement is not aligned with the others'); null when it began on time or no instant was asked for. For a merge, every
    /// late agent's, each with its run id.</summary>
    public string? LateStart { get; init; }

    /// <summary>True when every threshold passed, the run was not interrupted and nothing in <see cref="Unallowed"/> failed it.</summary>
    public bool Succeeded => !FailedThresholds.Any() && !Interrupted && StoppedBecause is null && Unallowed.IsEmpty;

    /// <summary>What fails the run besides its thresholds. Failed requests, unless a threshold on <c>fail</c> or <c>fail.rate</c>
    /// judges them (<c>fail.rate &lt; 1%</c> allows fewer than 1%); problems (receiver errors and restarts, unreadable bodies,
    /// records naming no write), unless a threshold on <c>problems</c> judges them; and resources the sweep could not remove,
    /// always: a load figure over failed requests or a blind receiver is not a measurement, and leftovers are never fine.</summary>
    public ImmutableArray<string> Unallowed
    {
        get
        {
            var judged = Settings.Thresholds.Select(MetricOf).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var reasons = ImmutableArray.CreateBuilder<string>();
            if (Result.Requests.Fail > 0 && !judged.Contains("fail") && !judged.Contains("fail.rate"))
            {
                reasons.Add($"{Result.Requests.Fail} of {Result.Requests.Scheduled} request(s) failed (no threshold on fail or fail.rate allows that)");
            }

            if (!Problems.IsEmpty && !judged.Contains(LoadMetricCatalog.ProblemsMetric))
            {
                var count = Math.Max(Problems.Length, Result.Delivery.Problems + Result.Delivery.Unmatched);
                reasons.Add($"{count} problem(s) recorded (no threshold on problems allows that)");
            }

            if (!CleanupFailures.IsEmpty)
            {
                reasons.Add($"the sweep could not remove {CleanupFailures.Length} resource(s)");
            }

            return reasons.ToImmutable();
        }
    }

    private static string MetricOf(string threshold)
    {
        try
        {
            return Threshold.Parse(threshold).Metric;
        }
        catch (LoadPlanException)
        {
            return threshold;
        }
    }

    /// <summary>Evaluates thresholds on a result, failed ones first.</summary>
    public static ImmutableArray<ThresholdResult> Evaluate(IEnumerable<Threshold> thresholds, LoadResult result) =>
        [.. thresholds.Select(t => t.Evaluate(result)).OrderBy(t => t.Passed)];
}
