using S3NotifyConformance.Load;
using S3NotifyConformance.Running;
using Spectre.Console;

namespace S3NotifyConformance.Cli;

/// <summary>Shows a load run on the console: a live Spectre progress bar with rate, p99 and counts on a terminal; plain periodic
/// lines when output is redirected (CI logs).</summary>
public sealed class ConsoleLoadProgress : ILoadProgress
{
    private readonly ProgressTask? _bar;
    private DateTime _lastLine = DateTime.MinValue;

    private ConsoleLoadProgress(ProgressTask? bar) => _bar = bar;

    /// <summary>Runs <paramref name="work"/> with a progress display suited to the console.</summary>
    public static async Task<T> RunAsync<T>(Func<ILoadProgress, Task<T>> work)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            return await work(new ConsoleLoadProgress(null));
        }

        T result = default!;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var bar = context.AddTask("starting", maxValue: 1);
                result = await work(new ConsoleLoadProgress(bar));
                bar.Value = bar.MaxValue;
                bar.StopTask();
            });
        return result;
    }

    /// <inheritdoc />
    public void Info(string message)
    {
        if (_bar is null)
        {
            Console.WriteLine($"s3notify: {message}");
            return;
        }

        _bar.Description = Markup.Escape(message.Length > 90 ? message[..90] + "…" : message);
    }

    /// <inheritdoc />
    public void Report(LoadProgress progress)
    {
        var line = $"{progress.Elapsed.TotalSeconds,5:0}s  {progress.CurrentRps,6:0}/s  request p99 {progress.RequestP99:0.#} ms  delivery p99 {progress.DeliveryP99:0.#} ms  " +
                   $"ok {progress.Ok}  fail {progress.Fail}  events {progress.Events}  dup {progress.Duplicates}  pending {progress.Pending}";
        if (_bar is not null)
        {
            _bar.MaxValue = Math.Max(1, progress.Planned?.TotalSeconds ?? progress.Elapsed.TotalSeconds);
            _bar.Value = Math.Min(_bar.MaxValue, progress.Elapsed.TotalSeconds);
            _bar.Description = Markup.Escape(line);
            return;
        }

        var every = progress.Planned is { TotalSeconds: > 120 } ? TimeSpan.FromSeconds(10) : TimeSpan.FromSeconds(1);
        if (DateTime.UtcNow - _lastLine >= every)
        {
            _lastLine = DateTime.UtcNow;
            Console.WriteLine(line);
        }
    }

    /// <summary>Prints the closing summary: rates, latencies, duplication, loss and thresholds.</summary>
    public static void PrintSummary(LoadRunResult run)
    {
        var r = run.Result;
        var q = r.Requests;
        var d = r.Delivery;
        var rate = q.RequestedRps is { } requested ? $"{q.AchievedRps:0.#}/s of {requested:0.#}/s requested ({q.RateRatio:P2})" : $"{q.AchievedRps:0.#}/s";
        AnsiConsole.MarkupLine($"[bold]load {Markup.Escape(run.RunId)}[/]: {Markup.Escape(rate)}, {q.Ok} ok, {q.Fail} failed in {r.DurationSeconds:0.#} s");
        AnsiConsole.MarkupLine($"  request  p50 {q.Latency.Stats.P50:0.###} ms  p99 {q.Latency.Stats.P99:0.###} ms  max {q.Latency.Stats.Max:0.###} ms");
        AnsiConsole.MarkupLine($"  delivery p50 {d.Latency.Stats.P50:0.###} ms  p99 {d.Latency.Stats.P99:0.###} ms  max {d.Latency.Stats.Max:0.###} ms");
        AnsiConsole.MarkupLine($"  events {d.Events} ({d.EventsPerSecond:0.#}/s), duplication {d.DuplicationRate:P3} ({d.Duplicates}), loss {d.LossRate:P3} ({d.Lost})");
        foreach (var t in run.Thresholds)
        {
            AnsiConsole.MarkupLine($"  {(t.Passed ? "[green]pass[/]" : "[red]FAIL[/]")} {Markup.Escape(t.Threshold)} (actual {Markup.Escape(t.ActualText)})");
        }

        foreach (var reason in run.Unallowed)
        {
            AnsiConsole.MarkupLine($"  [red]FAIL[/] {Markup.Escape(reason)}");
        }

        if (run.LateStart is { } late)
        {
            AnsiConsole.MarkupLine($"  late start: {Markup.Escape(late)}");
        }

        foreach (var problem in run.Problems.Take(5))
        {
            AnsiConsole.MarkupLine($"  problem: {Markup.Escape(problem)}");
        }

        AnsiConsole.MarkupLine(run.Succeeded ? "[green]passed[/]" : run.Interrupted ? "[red]interrupted[/]"
            : run.StoppedBecause is { } why ? $"[red]stopped[/]: {Markup.Escape(why)}" : "[red]failed[/]");
    }
}
