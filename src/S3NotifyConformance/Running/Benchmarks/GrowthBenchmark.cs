using System.Diagnostics;
using S3NotifyConformance.Judging;
using S3NotifyConformance.Reports.Bench;

namespace S3NotifyConformance.Running.Benchmarks;

/// <summary>Benchmark (h), growth: the conformance suite's generated matrix scenarios (a fixed filter) on the embedded store, once
/// per factor K, each scenario writing K keys (<see cref="RunOptions.KeysPerScenario"/>: its steps repeated per key, K times the
/// records expected, judged by every rule). In this process, one factor after the other with a full collection between them;
/// per factor: verdicts, wall time, the scenarios' median duration, peak resident memory and managed heap. An unmeasured
/// warm-up run of a few scenarios first, so the first factor does not pay for compiling the harness and the store.</summary>
public static class GrowthBenchmark
{
    /// <summary>The scenarios of the unmeasured warm-up run: 12 of the generated matrix.</summary>
    public const string WarmupFilter = "trigger/put/specific/**";

    /// <summary>Runs the suite once per factor; each run's reports go under <c>DIRECTORY/xK/</c>.</summary>
    public static async Task<ImmutableArray<GrowthFigures>> RunAsync(
        ImmutableArray<int> factors, string filter, ProjectPaths paths, string directory, CancellationToken cancellationToken)
    {
        var warmup = new RunOptions(Targets.EmbeddedTarget.TargetName, WarmupFilter, Path.Combine(directory, "warmup"), paths);
        await new HarnessRunner(BuiltInTargets.Catalog(paths), NullRunProgress.Instance).RunAsync(warmup, cancellationToken);
        var figures = ImmutableArray.CreateBuilder<GrowthFigures>();
        foreach (var factor in factors)
        {
            figures.Add(await RunFactorAsync(factor, filter, paths, Path.Combine(directory, $"x{factor}"), cancellationToken));
        }

        return figures.ToImmutable();
    }

    private static async Task<GrowthFigures> RunFactorAsync(int factor, string filter, ProjectPaths paths, string directory, CancellationToken cancellationToken)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var perFactor = PeakMemory.Reset();
        await using var heap = ManagedHeapPeak.Start(before);
        var watch = Stopwatch.StartNew();
        RunOutcome outcome;
        try
        {
            var options = new RunOptions(Targets.EmbeddedTarget.TargetName, filter, directory, paths) { KeysPerScenario = factor };
            outcome = await new HarnessRunner(BuiltInTargets.Catalog(paths), NullRunProgress.Instance).RunAsync(options, cancellationToken);
        }
        finally
        {
            await heap.StopAsync();
        }

        var wall = watch.Elapsed.TotalSeconds;
        var peak = PeakMemory.Peak();
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        var scenarios = outcome.Result.Scenarios;
        var durations = scenarios.Select(s => s.DurationMs).Order().ToList();
        var median = durations.Count == 0 ? 0 : durations.Count % 2 == 1 ? durations[durations.Count / 2] : (durations[(durations.Count / 2) - 1] + durations[durations.Count / 2]) / 2;
        var passed = scenarios.Count(s => s.Outcome == ScenarioOutcome.Passed);
        return new GrowthFigures(
            factor, scenarios.Length, passed, scenarios.Length - passed, scenarios.Sum(s => (long)s.Counts.Writes), scenarios.Sum(s => (long)s.Counts.Expected),
            scenarios.Sum(s => (long)s.Counts.Matched), wall, median, peak, heap.Peak - before, retained, perFactor, outcome.Result.RunId);
    }
}
