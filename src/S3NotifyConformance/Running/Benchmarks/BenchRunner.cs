using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Reports.Bench;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Running.Benchmarks;

/// <summary>Runs the selected benchmarks in order (a) to (h), tells each figure's line as it comes, and writes the
/// <see cref="BenchResult"/> as results.json and summary.md under <c>REPORT-ROOT/run-id/</c>.</summary>
/// <param name="line">Receives the heading and each benchmark's line as soon as it is measured.</param>
/// <param name="after">Lines told under a benchmark's figures, by its name (the command that repeats it, the machine).</param>
public sealed class BenchRunner(Action<string> line, Func<string, IEnumerable<string>>? after = null)
{
    /// <summary>Runs the benchmarks; returns their result and the report folder.</summary>
    public async Task<(BenchResult Result, string ReportDirectory)> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var runId = RunId.New(DateTimeOffset.UtcNow).Value;
        var started = DateTimeOffset.UtcNow;
        var result = new BenchResult(RunHeader.OnThisMachine(RunKind.Bench, runId, HarnessRunner.Tool, BenchResult.Target, started, started));
        line(BenchText.Heading(result));
        if (options.Selected.Contains("ceiling"))
        {
            var a = await SdkCeilingBenchmark.RunAsync(options.Concurrency, options.Duration, cancellationToken);
            result = result with { Ceiling = a };
            line(BenchText.Ceiling(a));
            Tell("ceiling");
        }

        if (options.Selected.Contains("ingest"))
        {
            var b = await CollectorIngestBenchmark.RunAsync(1_000_000, 50_000, 2, cancellationToken);
            result = result with { Ingest = b };
            line(BenchText.Ingest(b));
            Tell("ingest");
        }

        if (options.Selected.Contains("accuracy"))
        {
            var simulation = $"inject:rate={options.Rate},interval=1s,during={DurationText.Format(options.Duration)}";
            var c = await MeasurementErrorBenchmark.RunAsync(simulation, options.Faults, options.Paths, cancellationToken);
            result = result with { Accuracy = c, AccuracySimulation = simulation };
            line(BenchText.Accuracy(c, simulation));
            Tell("accuracy");
        }

        if (options.Selected.Contains("memory"))
        {
            var d = await MemoryBenchmark.RunAsync(options.Events, 8, cancellationToken);
            result = result with { Memory = d };
            line(BenchText.Memory(d));
            Tell("memory");
        }

        if (options.Selected.Contains("webhook"))
        {
            var e = await WebhookStormBenchmark.RunAsync(options.Posts, 64, cancellationToken);
            var batched = await WebhookStormBenchmark.RunAsync(Math.Max(1, options.Posts / 20), WebhookStormBenchmark.BatchRecords, 64, cancellationToken);
            result = result with { Webhook = e, WebhookBatched = batched };
            line(BenchText.Webhook(e, batched));
            Tell("webhook");
        }

        if (options.Selected.Contains("fuzz"))
        {
            var (sqs, webhook) = await FuzzBenchmark.RunAsync(options.Bodies, options.Seed, cancellationToken);
            result = result with { Fuzz = [sqs, webhook], FuzzSeed = options.Seed };
            line(BenchText.Fuzz(sqs, options.Seed));
            line(BenchText.Fuzz(webhook, options.Seed));
            Tell("fuzz");
        }

        if (options.Selected.Contains("agents"))
        {
            var simulation = AgentsBenchmark.Simulation(options.AgentRate, options.AgentDuration);
            var rounds = ImmutableArray.CreateBuilder<AgentsFigures>();
            foreach (var count in options.AgentCounts)
            {
                var g = (await AgentsBenchmark.RunAsync([count], options.AgentRate, options.AgentDuration, Path.Combine(options.ReportRoot, runId, "agents"), cancellationToken)).Single();
                rounds.Add(g);
                line(BenchText.Agents(g, simulation));
            }

            result = result with { Agents = rounds.ToImmutable(), AgentsSimulation = simulation };
            Tell("agents");
        }

        if (options.Selected.Contains("growth"))
        {
            var h = await GrowthBenchmark.RunAsync(options.GrowthFactors, options.GrowthFilter, options.Paths, Path.Combine(options.ReportRoot, runId, "growth"), cancellationToken);
            foreach (var factor in h)
            {
                line(BenchText.Growth(factor, options.GrowthFilter));
            }

            result = result with { Growth = h, GrowthFilter = options.GrowthFilter };
            Tell("growth");
        }

        result = result with { Header = result.Header with { FinishedAt = DateTimeOffset.UtcNow } };
        var directory = Path.Combine(options.ReportRoot, runId);
        await DefaultBenchReportWriters.All.WriteAsync(result, directory, CancellationToken.None);
        return (result, directory);
    }

    private void Tell(string benchmark)
    {
        foreach (var text in after?.Invoke(benchmark) ?? [])
        {
            line(text);
        }
    }
}
