using System.CommandLine;
using S3NotifyConformance.ReferenceStore;
using S3NotifyConformance.Running;
using S3NotifyConformance.Running.Benchmarks;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Cli.Commands.Bench;

/// <summary><c>s3notify bench</c>: figures that show the harness is not the bottleneck it measures.</summary>
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
            var unknown = BenchmarkSelection.Parse(result.GetValueOrDefault<string[]>()).Unknown;
            if (!unknown.IsEmpty)
            {
                result.AddError($"unknown benchmark(s) {string.Join(", ", unknown)}; known: {BenchmarkSelection.Described}");
            }
        });
        command.SetAction((parseResult, cancellationToken) => CliErrors.GuardAsync(async () =>
        {
            var selection = BenchmarkSelection.Parse(parseResult.GetValue(OnlyOption)).Selection!;
            bool Selected(string name) => selection.Includes(name);
            var duration = DurationText.Parse(parseResult.GetValue(DurationOption)!);
            using var shutdown = new ShutdownSignal();
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, shutdown.Token);
            Console.WriteLine($"s3notify bench on {BenchmarkMachine.Describe()}, {DateTimeOffset.UtcNow:yyyy-MM-dd}");
            var reproduce = new BenchmarkReproduction(parseResult, duration);
            if (Selected("ceiling"))
            {
                var a = await SdkCeilingBenchmark.RunAsync(parseResult.GetValue(ConcurrencyOption), duration, linked.Token);
                Console.WriteLine($"(a) PutObject ceiling, {a.Concurrency} loops, {a.Seconds:0} s each: raw SDK {a.RawPerSecond:0}/s; engine while measuring {a.EnginePerSecond:0}/s " +
                                  $"(ratio {a.Ratio:0.00}; request p99 {a.EngineRequestP99:0.#} ms; lost {a.Lost})");
                reproduce.Print("ceiling");
            }

            if (Selected("ingest"))
            {
                var b = await CollectorIngestBenchmark.RunAsync(1_000_000, 50_000, 2, linked.Token);
                Console.WriteLine($"(b) collector ingest: load sink alone (parse + pair + record) {b.SinkPerSecond:0} events/s over {b.SinkEvents} events; " +
                                  $"SQS collector draining a pre-filled queue of the embedded store, {b.Receivers} receivers: {b.QueuePerSecond:0} events/s over {b.QueueEvents} events");
                reproduce.Print("ingest");
            }

            if (Selected("accuracy"))
            {
                var faults = new DeliveryFaults(DelayDistribution.Parse(parseResult.GetValue(DelayOption)!), parseResult.GetValue(DuplicateOption), 0, 0, 1);
                var simulation = $"inject:rate={parseResult.GetValue(RateOption)},interval=1s,during={DurationText.Format(duration)}";
                var c = await MeasurementErrorBenchmark.RunAsync(simulation, faults, ProjectPaths.Discover(), linked.Token);
                Console.WriteLine($"(c) measurement error, delay {c.Delay}, duplicate {c.ConfiguredDuplication:P1}, {simulation}, {c.Writes} writes: " +
                                  $"duplication measured {c.MeasuredDuplication:P2}; " +
                                  string.Join("; ", c.Percentiles.Select(p => $"p{p.Percentile:0.##} configured {p.Configured:0.00} ms, measured {p.Measured:0.00} ms, error {p.Error:+0.00;-0.00} ms")));
                reproduce.Print("accuracy");
            }

            if (Selected("memory"))
            {
                var d = await MemoryBenchmark.RunAsync(parseResult.GetValue(EventsOption), 8, linked.Token);
                Console.WriteLine($"(d) memory of a {d.Events}-event run (engine, tracker, metrics; synthetic step, {d.Seconds:0.0} s): managed heap peak +{Mb(d.PeakManagedGrowth)} MB, " +
                                  $"retained after the run {Mb(d.RetainedManaged)} MB, process peak working set {Mb(d.PeakWorkingSet)} MB, results.json {d.ResultsJsonBytes / 1024.0:0} KiB");
                reproduce.Print("memory");
            }

            if (Selected("webhook"))
            {
                var e = await WebhookStormBenchmark.RunAsync(parseResult.GetValue(PostsOption), 64, linked.Token);
                Console.WriteLine($"(e) webhook retry storm, {e.Connections} connections: {e.Sent} POSTs in {e.Elapsed.TotalSeconds:0.00} s ({e.PostsPerSecond:0} POST/s); " +
                                  $"received {e.Received}, recorded {e.Recorded}, lost {e.Lost}, {e.NonSuccessAnswers} non-2xx answers");
                reproduce.Print("webhook");
            }

            if (Selected("fuzz"))
            {
                var seed = parseResult.GetValue(SeedOption);
                var (sqs, webhook) = await FuzzBenchmark.RunAsync(parseResult.GetValue(BodiesOption), seed, linked.Token);
                foreach (var f in new[] { sqs, webhook })
                {
                    Console.WriteLine($"(f) hostile bodies, {f.Path} path, seed {seed}: {f.Sent} sent ({f.ExpectedUnreadable} unreadable by construction) in {f.Elapsed.TotalSeconds:0.0} s; " +
                                      $"received {f.Received}, recorded as events {f.RecordedAsEvents}, as unreadable {f.RecordedAsUnreadable}, unaccounted {f.Unaccounted}, " +
                                      $"misjudged {f.Misjudged}, crashes {f.Crashes}; {f.ReadableFindings} delivery.readable findings; load tracker: {f.LoadProblems} problems");
                }

                reproduce.Print("fuzz");
                if (new[] { sqs, webhook }.Any(f => f.Unaccounted != 0 || f.Misjudged != 0 || f.Crashes != 0))
                {
                    return ExitCodes.Failed;
                }
            }

            return ExitCodes.Passed;
        }));
        return command;
    }

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
        public void Print(string name)
        {
            string[] settings = name switch
            {
                "ceiling" => ["--duration", DurationText.Format(duration), "--concurrency", Value(ConcurrencyOption)],
                "accuracy" => ["--duration", DurationText.Format(duration), "--rate", Value(RateOption), "--delay", Value(DelayOption), "--duplicate", Value(DuplicateOption)],
                "memory" => ["--events", Value(EventsOption)],
                "webhook" => ["--posts", Value(PostsOption)],
                "fuzz" => ["--bodies", Value(BodiesOption), "--seed", Value(SeedOption)],
                _ => [],
            };
            Console.WriteLine($"    command: s3notify bench --only {name}{string.Concat(settings.Select(s => " " + Quoted(s)))}");
            Console.WriteLine($"    machine: {BenchmarkMachine.Describe()}");
        }

        private string Value<T>(Option<T> option) => Convert.ToString(parseResult.GetValue(option), System.Globalization.CultureInfo.InvariantCulture)!;

        private static string Quoted(string value) => value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_') ? value : $"'{value}'";
    }

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
