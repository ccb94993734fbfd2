using System.CommandLine;
using S3NotifyConformance.ReferenceStore;
using S3NotifyConformance.Running;
using S3NotifyConformance.Running.Benchmarks;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Cli.Commands.Bench;

/// <summary><c>s3notify bench</c>: figures that show the harness is not the bottleneck it measures, printed as they come and
/// written as results.json (a bench run's figures) and summary.md under the report folder (<see cref="BenchRunner"/>).</summary>
public static class BenchCommand
{
    /// <summary>The benchmarks by name and letter, in the order they run.</summary>
    private static readonly (string Name, string Letter)[] Benchmarks = [("ceiling", "a"), ("ingest", "b"), ("accuracy", "c"), ("memory", "d"), ("webhook", "e"), ("fuzz", "f")];

    private static readonly string BenchmarkList = string.Join(", ", Benchmarks.Select(b => $"{b.Name} ({b.Letter})"));

    private static readonly Option<string[]> OnlyOption = new("--only") { Description = $"Benchmarks to run: {BenchmarkList}; default all" };

    private static readonly Option<string> DurationOption = new("--duration") { Description = "Length of each timed part (default 10s)", DefaultValueFactory = _ => "10s" };

    private static readonly Option<int> ConcurrencyOption = new("--concurrency") { Description = "Concurrent PutObject loops for the ceiling (default 16)", DefaultValueFactory = _ => 16 };

    private static readonly Option<int> RateOption = new("--rate") { Description = "Injection rate of the measurement-error run (default 100/s)", DefaultValueFactory = _ => 100 };

    private static readonly Option<string> DelayOption = new("--delay")
    {
        Description = "Delay distribution of the measurement-error run (default normal:mean=30ms,sd=5ms)",
        DefaultValueFactory = _ => "normal:mean=30ms,sd=5ms",
    };

    private static readonly Option<double> DuplicateOption = new("--duplicate") { Description = "Duplicate probability of the measurement-error run (default 0.05)", DefaultValueFactory = _ => 0.05 };

    private static readonly Option<int> PostsOption = new("--posts") { Description = "POSTs of the webhook storm (default 20000)", DefaultValueFactory = _ => 20_000 };

    private static readonly Option<int> BodiesOption = new("--bodies") { Description = "Fuzzed bodies per path of the hostile-body run (default 10000)", DefaultValueFactory = _ => 10_000 };

    private static readonly Option<int> SeedOption = new("--seed") { Description = "Seed of the fuzzed bodies (default 1)", DefaultValueFactory = _ => 1 };

    private static readonly Option<long> EventsOption = new("--events") { Description = "Events of the memory run (default 1000000)", DefaultValueFactory = _ => 1_000_000 };

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("bench", "Benchmarks of the harness itself: SDK ceiling vs engine rate, collector ingest, measurement error, memory of a 1M-event run, webhook retry storm, hostile bodies");
        command.Options.Add(OnlyOption);
        command.Options.Add(DurationOption);
        command.Options.Add(ConcurrencyOption);
        command.Options.Add(RateOption);
        command.Options.Add(DelayOption);
        command.Options.Add(DuplicateOption);
        command.Options.Add(EventsOption);
        command.Options.Add(PostsOption);
        command.Options.Add(BodiesOption);
        command.Options.Add(SeedOption);
        command.Options.Add(CommonOptions.ReportDirOption);
        AtLeastOne(ConcurrencyOption);
        AtLeastOne(RateOption);
        AtLeastOne(EventsOption);
        AtLeastOne(PostsOption);
        AtLeastOne(BodiesOption);
        DuplicateOption.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is < 0 or > 1)
            {
                result.AddError($"--duplicate must be a probability from 0 to 1 (got {result.GetValueOrDefault<double>()})");
            }
        });
        OnlyOption.Validators.Add(result =>
        {
            var unknown = (result.GetValueOrDefault<string[]>() ?? []).Where(o => !Benchmarks.Any(b => Names(b, o))).ToList();
            if (unknown.Count > 0)
            {
                result.AddError($"unknown benchmark(s) {string.Join(", ", unknown)}; known: {BenchmarkList}");
            }
        });
        command.SetAction((parseResult, cancellationToken) => CliErrors.GuardAsync(async () =>
        {
            var only = parseResult.GetValue(OnlyOption) is { Length: > 0 } o ? o : null;
            var selected = Benchmarks.Where(b => only is null || only.Any(o => Names(b, o))).Select(b => b.Name).ToHashSet(StringComparer.Ordinal);
            var paths = ProjectPaths.Discover();
            var options = new BenchOptions(
                selected, DurationText.Parse(parseResult.GetValue(DurationOption)!), parseResult.GetValue(ConcurrencyOption), parseResult.GetValue(RateOption),
                new DeliveryFaults(DelayDistribution.Parse(parseResult.GetValue(DelayOption)!), parseResult.GetValue(DuplicateOption), 0, 0, 1),
                parseResult.GetValue(EventsOption), parseResult.GetValue(PostsOption), parseResult.GetValue(BodiesOption), parseResult.GetValue(SeedOption),
                paths, parseResult.GetValue(CommonOptions.ReportDirOption) ?? paths.Reports);
            using var shutdown = new ShutdownSignal();
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, shutdown.Token);
            var (result, directory) = await new BenchRunner(Console.WriteLine).RunAsync(options, linked.Token);
            Console.WriteLine($"reports: {directory}");
            return result.Succeeded ? ExitCodes.Passed : ExitCodes.Failed;
        }));
        return command;
    }

    private static bool Names((string Name, string Letter) benchmark, string given) =>
        string.Equals(given, benchmark.Name, StringComparison.OrdinalIgnoreCase) || string.Equals(given, benchmark.Letter, StringComparison.OrdinalIgnoreCase);

    private static void AtLeastOne<T>(Option<T> option)
        where T : struct, IConvertible => option.Validators.Add(result =>
    {
        var value = Convert.ToInt64(result.GetValueOrDefault<T>(), System.Globalization.CultureInfo.InvariantCulture);
        if (value < 1)
        {
            result.AddError($"{option.Name} must be at least 1 (got {value})");
        }
    });
}
