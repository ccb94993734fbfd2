using System.Collections.Immutable;
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
    private static readonly Option<string[]> OnlyOption = new("--only")
    {
        Description = $"Benchmarks to run, by name or letter, comma-separated (--only a,b or --only ingest,webhook): {BenchmarkSelection.Described}; default all",
        AllowMultipleArgumentsPerToken = true,
    };

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

    private static readonly Option<string> AgentsOption = new("--agents") { Description = "Agent counts of the agents run, comma-separated (default 1,2,4)", DefaultValueFactory = _ => "1,2,4" };

    private static readonly Option<int> AgentRateOption = new("--agent-rate") { Description = "Writes per second of each agent of the agents run (default 50)", DefaultValueFactory = _ => 50 };

    private static readonly Option<string> AgentDurationOption = new("--agent-duration") { Description = "How long each agent of the agents run measures (default 5s)", DefaultValueFactory = _ => "5s" };

    private static readonly Option<string> GrowthOption = new("--growth") { Description = "Keys-per-scenario factors of the growth run, comma-separated (default 1,3,10)", DefaultValueFactory = _ => "1,3,10" };

    private static readonly Option<string> GrowthFilterOption = new("--growth-filter") { Description = "Scenarios of the growth run (default 'trigger/**', the generated matrix)", DefaultValueFactory = _ => "trigger/**" };

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("bench", "Benchmarks of the harness itself: SDK ceiling vs engine rate, collector ingest, measurement error, memory of a 1M-event run, webhook retry storm, hostile bodies, agents adding up, growth of the suite");
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
        command.Options.Add(AgentsOption);
        command.Options.Add(AgentRateOption);
        command.Options.Add(AgentDurationOption);
        command.Options.Add(GrowthOption);
        command.Options.Add(GrowthFilterOption);
        command.Options.Add(CommonOptions.ReportDirOption);
        AtLeastOne(ConcurrencyOption);
        AtLeastOne(AgentRateOption);
        PositiveList(AgentsOption);
        PositiveList(GrowthOption);
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
            var unknown = BenchmarkSelection.Parse(result.GetValueOrDefault<string[]>()).Unknown;
            if (!unknown.IsEmpty)
            {
                result.AddError($"unknown benchmark(s) {string.Join(", ", unknown)}; known: {BenchmarkSelection.Described}");
            }
        });
        command.SetAction((parseResult, cancellationToken) => CliErrors.GuardAsync(async () =>
        {
            var selection = BenchmarkSelection.Parse(parseResult.GetValue(OnlyOption)).Selection!;
            var selected = selection.Selected.Select(b => b.Name).ToHashSet(StringComparer.Ordinal);
            var paths = ProjectPaths.Discover();
            var options = new BenchOptions(
                selected, DurationText.Parse(parseResult.GetValue(DurationOption)!), parseResult.GetValue(ConcurrencyOption), parseResult.GetValue(RateOption),
                new DeliveryFaults(DelayDistribution.Parse(parseResult.GetValue(DelayOption)!), parseResult.GetValue(DuplicateOption), 0, 0, 1),
                parseResult.GetValue(EventsOption), parseResult.GetValue(PostsOption), parseResult.GetValue(BodiesOption), parseResult.GetValue(SeedOption),
                paths, parseResult.GetValue(CommonOptions.ReportDirOption) ?? paths.Reports)
            {
                AgentCounts = PositiveNumbers(parseResult.GetValue(AgentsOption)!).Numbers,
                AgentRate = parseResult.GetValue(AgentRateOption),
                AgentDuration = DurationText.Parse(parseResult.GetValue(AgentDurationOption)!),
                GrowthFactors = PositiveNumbers(parseResult.GetValue(GrowthOption)!).Numbers,
                GrowthFilter = parseResult.GetValue(GrowthFilterOption)!,
            };
            using var shutdown = new ShutdownSignal();
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, shutdown.Token);
            var reproduce = new BenchmarkReproduction(parseResult, options.Duration);
            try
            {
                var (result, directory) = await new BenchRunner(Console.WriteLine, reproduce.Lines).RunAsync(options, linked.Token);
                Console.WriteLine($"reports: {directory}");
                return result.Succeeded ? ExitCodes.Passed : ExitCodes.Failed;
            }
            catch (OperationCanceledException) when (linked.IsCancellationRequested)
            {
                // Each benchmark stops what it started (stores, agent processes) on its way out; no figures were written.
                await Console.Error.WriteLineAsync("s3notify: bench interrupted; what it started is stopped, no report written");
                return ExitCodes.Failed;
            }
        }));
        return command;
    }

    /// <summary>A comma-separated list of whole numbers of at least 1 (<c>1,2,4</c>), or the entry that is not one.</summary>
    internal static (ImmutableArray<int> Numbers, string? Wrong) PositiveNumbers(string text)
    {
        var entries = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var wrong = entries.FirstOrDefault(e => !int.TryParse(e, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < 1);
        return entries.Length == 0 ? ([], text) : wrong is not null ? ([], wrong) : ([.. entries.Select(e => int.Parse(e, System.Globalization.CultureInfo.InvariantCulture))], null);
    }

    private static void PositiveList(Option<string> option) => option.Validators.Add(result =>
    {
        var text = result.GetValueOrDefault<string>() ?? string.Empty;
        if (PositiveNumbers(text).Wrong is { } wrong)
        {
            result.AddError($"{option.Name} takes whole numbers of at least 1, comma-separated (got '{wrong}' in '{text}')");
        }
    });

    private static void AtLeastOne<T>(Option<T> option)
        where T : struct, IConvertible => option.Validators.Add(result =>
    {
        var value = Convert.ToInt64(result.GetValueOrDefault<T>(), System.Globalization.CultureInfo.InvariantCulture);
        if (value < 1)
        {
            result.AddError($"{option.Name} must be at least 1 (got {value})");
        }
    });

    /// <summary>Prints, under each benchmark's figures, the command that repeats it with the settings it ran with, and the machine.</summary>
    private sealed class BenchmarkReproduction(ParseResult parseResult, TimeSpan duration)
    {
        public IEnumerable<string> Lines(string name)
        {
            string[] settings = name switch
            {
                "ceiling" => ["--duration", DurationText.Format(duration), "--concurrency", Value(ConcurrencyOption)],
                "accuracy" => ["--duration", DurationText.Format(duration), "--rate", Value(RateOption), "--delay", Value(DelayOption), "--duplicate", Value(DuplicateOption)],
                "memory" => ["--events", Value(EventsOption)],
                "webhook" => ["--posts", Value(PostsOption)],
                "fuzz" => ["--bodies", Value(BodiesOption), "--seed", Value(SeedOption)],
                "agents" => ["--agents", Value(AgentsOption), "--agent-rate", Value(AgentRateOption), "--agent-duration", Value(AgentDurationOption)],
                "growth" => ["--growth", Value(GrowthOption), "--growth-filter", Value(GrowthFilterOption)],
                _ => [],
            };
            yield return $"    command: s3notify bench --only {name}{string.Concat(settings.Select(s => " " + Quoted(s)))}";
            yield return $"    machine: {BenchmarkMachine.Describe()}";
        }

        private string Value<T>(Option<T> option) => Convert.ToString(parseResult.GetValue(option), System.Globalization.CultureInfo.InvariantCulture)!;

        private static string Quoted(string value) => value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_') ? value : $"'{value}'";
    }
}
