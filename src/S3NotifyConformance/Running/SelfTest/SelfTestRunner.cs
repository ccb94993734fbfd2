using System.Diagnostics;
using S3NotifyConformance.Judging;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.ReferenceStore.Faults;
using S3NotifyConformance.Reports;
using S3NotifyConformance.Reports.SelfTest;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Running.SelfTest;

/// <summary>The harness tests itself: runs the conformance suite (<see cref="HarnessRunner"/>, unchanged) against an embedded
/// reference store built with one seeded fault at a time, and records per fault whether the run failed, which scenarios and
/// which rules flagged it. A must-fail fault nothing flags is a gap in judging; a must-not fault that fails a run is a
/// false alarm.</summary>
public sealed class SelfTestRunner(Action<FaultVerdict>? faultFinished = null)
{
    /// <summary>Runs the control run and every fault, writes results.json and summary.md, and returns the result with its folder.</summary>
    public async Task<(SelfTestResult Result, string ReportDirectory)> RunAsync(SelfTestOptions options, CancellationToken cancellationToken)
    {
        HarnessRunner.LoadScenarios(new RunOptions(null, options.Filter, options.ReportRoot, options.Paths));
        var runId = RunId.New(DateTimeOffset.UtcNow);
        var reportDirectory = Path.Combine(options.ReportRoot, runId.Value);
        var faults = options.Faults.IsDefaultOrEmpty ? [.. StoreFaultCatalog.All] : options.Faults.Select(StoreFaultCatalog.Of).ToImmutableArray();
        var startedAt = DateTimeOffset.UtcNow;
        var control = (FaultVerdict?)null;
        var faulted = new FaultVerdict?[faults.Length];
        var interrupted = false;
        try
        {
            control = options.Control ? await RunOneAsync(null, options, reportDirectory, cancellationToken) : null;
            await Parallel.ForEachAsync(
                Enumerable.Range(0, faults.Length),
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken },
                async (i, token) => faulted[i] = await RunOneAsync(faults[i], options, reportDirectory, token));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            interrupted = true;
        }

        // A run cut short by Ctrl+C has errors the fault did not cause: it gives no verdict, and the self-test says it was interrupted.
        var verdicts = faulted.Prepend(control).OfType<FaultVerdict>().Where(v => !v.Interrupted).ToImmutableArray();
        var header = RunHeader.OnThisMachine(RunKind.SelfTest, runId.Value, HarnessRunner.Tool, SelfTestResult.ReferenceStore, startedAt, DateTimeOffset.UtcNow);
        var result = new SelfTestResult(header, options.Filter, Math.Max(1, options.Parallelism), verdicts)
        {
            Interrupted = interrupted || verdicts.Length < faults.Length + (options.Control ? 1 : 0),
        };
        await DefaultSelfTestReportWriters.All.WriteAsync(result, reportDirectory, CancellationToken.None);
        return (result, reportDirectory);
    }

    private async Task<FaultVerdict> RunOneAsync(StoreFaultInfo? fault, SelfTestOptions options, string reportDirectory, CancellationToken cancellationToken)
    {
        var name = fault?.Name ?? SelfTestResult.ControlName;
        var builder = fault is null ? EmbeddedTarget.DefaultBuilder : EmbeddedTarget.DefaultBuilder.WithFault(fault.Fault);
        var catalog = new TargetCatalog(new Dictionary<string, Func<ITarget>> { [EmbeddedTarget.TargetName] = () => new EmbeddedTarget(builder, fault?.DuplicationAllowance ?? 0) }, options.Paths.Targets);
        var faultDirectory = Path.Combine(reportDirectory, "faults", name);
        var started = Stopwatch.StartNew();
        var outcome = await new HarnessRunner(catalog, NullRunProgress.Instance)
            .RunAsync(new RunOptions(EmbeddedTarget.TargetName, options.Filter, faultDirectory, options.Paths), cancellationToken);
        var verdict = Judge(fault, outcome.Result, Path.GetRelativePath(reportDirectory, outcome.ReportDirectory), started.Elapsed);
        if (!verdict.Interrupted)
        {
            faultFinished?.Invoke(verdict);
        }

        return verdict;
    }

    /// <summary>The verdict on one faulted run: the failed scenarios, and per rule its findings and distinct fingerprints.</summary>
    public static FaultVerdict Judge(StoreFaultInfo? fault, RunResult run, string runDirectory, TimeSpan duration)
    {
        var failed = run.Scenarios.Where(s => s.Outcome is ScenarioOutcome.Failed or ScenarioOutcome.Error).ToList();
        var rules = failed
            .SelectMany(s => s.Findings.Select(f => (Scenario: s.Id, Finding: f)))
            .GroupBy(x => x.Finding.Rule)
            .Select(g => new RuleCatch(g.Key, g.Count(), g.Select(x => x.Scenario).Distinct().Count(),
                [.. g.Select(x => x.Finding.Fingerprint).Distinct().Order(StringComparer.Ordinal)]))
            .OrderByDescending(r => r.Findings).ThenBy(r => r.Rule, StringComparer.Ordinal)
            .ToImmutableArray();
        var verdict = new FaultVerdict(
            fault?.Name ?? SelfTestResult.ControlName,
            fault?.Area.ToString() ?? "Control",
            fault?.MustFail ?? false,
            fault?.Description ?? "the reference store as built, no fault",
            run.Scenarios.Length,
            [.. failed.Select(s => s.Id).Order(StringComparer.Ordinal)],
            failed.Count(s => s.Outcome == ScenarioOutcome.Error),
            rules,
            runDirectory,
            Math.Round(duration.TotalSeconds, 1))
        {
            Interrupted = run.Interrupted,
        };
        return verdict.AsExpected ? verdict : verdict with { Note = SelfTestKnownGaps.For(verdict.Fault) };
    }
}
