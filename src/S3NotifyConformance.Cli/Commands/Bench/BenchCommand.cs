using System.CommandLine;
using S3NotifyConformance.Running.Benchmarks;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Cli.Commands.Bench;

/// <summary><c>s3notify bench</c>: figures that show the harness is not the bottleneck it measures.</summary>
public static class BenchCommand
{
    private static readonly Option<string[]> OnlyOption = new("--only")
    {
        Description = "Benchmarks to run: ceiling (a), ingest (b), accuracy (c), memory (d); default all",
    };

    private static readonly Option<string> DurationOption = new("--duration") { Description = "Length of each timed part (default 10s)", DefaultValueFactory = _ => "10s" };

    private static readonly Option<int> ConcurrencyOption = new("--concurrency") { Description = "Concurrent PutObject loops for the ceiling (default 16)", DefaultValueFactory = _ => 16 };

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("bench", "Benchmarks of the harness itself: SDK ceiling vs engine rate, collector ingest, measurement error, memory of a 1M-event run");
        command.Options.Add(OnlyOption);
        command.Options.Add(DurationOption);
        command.Options.Add(ConcurrencyOption);
        command.SetAction((parseResult, cancellationToken) => CliErrors.GuardAsync(async () =>
        {
            var only = parseResult.GetValue(OnlyOption) is { Length: > 0 } o ? o.ToHashSet(StringComparer.OrdinalIgnoreCase) : null;
            var duration = DurationText.Parse(parseResult.GetValue(DurationOption)!);
            using var shutdown = new ShutdownSignal();
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, shutdown.Token);
            Console.WriteLine($"s3notify bench on {Reports.RunResult.DescribeMachine()}, {DateTimeOffset.UtcNow:yyyy-MM-dd}");
            if (only is null || only.Contains("ceiling") || only.Contains("a"))
            {
                var a = await SdkCeilingBenchmark.RunAsync(parseResult.GetValue(ConcurrencyOption), duration, linked.Token);
                Console.WriteLine($"(a) PutObject ceiling, {a.Concurrency} loops, {a.Seconds:0} s each: raw SDK {a.RawPerSecond:0}/s; engine while measuring {a.EnginePerSecond:0}/s " +
                                  $"(ratio {a.Ratio:0.00}; request p99 {a.EngineRequestP99:0.#} ms; lost {a.Lost})");
            }

            return ExitCodes.Passed;
        }));
        return command;
    }
}
