using System.CommandLine;
using System.Globalization;
using S3NotifyConformance.Load;
using S3NotifyConformance.Reports.Load;
using S3NotifyConformance.Running;
using Spectre.Console;

namespace S3NotifyConformance.Cli.Commands.Compare;

/// <summary><c>s3notify compare BASELINE CURRENT [--max-regression 10%]</c>: prints and writes (comparison.md, comparison.html)
/// the deltas per metric; exits 1 when a metric regressed beyond the bound.</summary>
public static class CompareCommand
{
    private static readonly Argument<string> BaselineArgument = new("baseline") { Description = "Baseline load run: run id, run folder or results.json" };

    private static readonly Argument<string> CurrentArgument = new("current") { Description = "Current load run: run id, run folder or results.json" };

    private static readonly Option<string> MaxRegressionOption = new("--max-regression")
    {
        Description = "Allowed worsening per metric, relative (default 10%)",
        DefaultValueFactory = _ => "10%",
    };

    private static readonly Option<string?> OutOption = new("--out") { Description = "Folder for comparison.md and comparison.html (default: the current run's folder)" };

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("compare", "Compare a load run with a baseline run; exit 1 on a regression beyond --max-regression");
        command.Arguments.Add(BaselineArgument);
        command.Arguments.Add(CurrentArgument);
        command.Options.Add(MaxRegressionOption);
        command.Options.Add(OutOption);
        command.Options.Add(CommonOptions.ReportDirOption);
        command.SetAction((parseResult, cancellationToken) => CliErrors.GuardAsync(async () =>
        {
            var root = parseResult.GetValue(CommonOptions.ReportDirOption) ?? ProjectPaths.Discover().Reports;
            var baseline = RunArguments.ReadLoad(parseResult.GetValue(BaselineArgument)!, root);
            var current = RunArguments.ReadLoad(parseResult.GetValue(CurrentArgument)!, root);
            RequireComparable(baseline);
            RequireComparable(current);
            var comparison = LoadComparison.Compare(baseline, current, ParseBound(parseResult.GetValue(MaxRegressionOption)!));
            Print(comparison);
            var output = parseResult.GetValue(OutOption) ?? RunArguments.Folder(parseResult.GetValue(CurrentArgument)!, root);
            await DefaultLoadReportWriters.Comparison.WriteAsync(comparison, output, cancellationToken);
            AnsiConsole.MarkupLine($"[grey]written into {Markup.Escape(output)}: {Markup.Escape(string.Join(", ", DefaultLoadReportWriters.Comparison.FileNames))}[/]");
            return comparison.HasRegression ? ExitCodes.Failed : ExitCodes.Passed;
        }));
        return command;
    }

    /// <summary>A metric that is not a number (NaN, infinite) is an input error, never a regression (exit 2, not 1).</summary>
    public static void RequireComparable(LoadRunResult run)
    {
        foreach (var metric in LoadMetricCatalog.Compared)
        {
            double value;
            try
            {
                value = metric.Read(run.Result);
            }
            catch (NullReferenceException)
            {
                throw new InvalidDataException($"run {run.RunId}: metric {metric.Name} is missing from its results.json");
            }

            if (!double.IsFinite(value))
            {
                throw new InvalidDataException($"run {run.RunId}: metric {metric.Name} is {value.ToString(CultureInfo.InvariantCulture)}, not a number that can be compared");
            }
        }
    }

    /// <summary>Reads "10%" or "0.1" as a fraction.</summary>
    public static double ParseBound(string text)
    {
        var t = text.Trim();
        var percent = t.EndsWith('%');
        if (!double.TryParse(percent ? t[..^1] : t, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0)
        {
            throw new FormatException($"--max-regression '{text}' is not a non-negative percentage such as 10%");
        }

        return percent ? value / 100 : value;
    }

    private static void Print(LoadComparison comparison)
    {
        var table = new Table().AddColumns("metric", "baseline", "current", "change", string.Empty);
        foreach (var d in comparison.Deltas)
        {
            var mark = d.IsRegression ? "[red]REGRESSION[/]" : d.IsImprovement ? "[green]improved[/]" : string.Empty;
            table.AddRow(Markup.Escape(d.Metric), Markup.Escape(d.BaselineText), Markup.Escape(d.CurrentText), Markup.Escape(ComparisonText.Change(d)), mark);
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(comparison.HasRegression ? $"[red]{Markup.Escape(ComparisonText.Verdict(comparison))}[/]" : $"[green]{Markup.Escape(ComparisonText.Verdict(comparison))}[/]");
    }
}
