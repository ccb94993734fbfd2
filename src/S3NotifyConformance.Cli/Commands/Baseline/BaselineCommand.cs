using System.CommandLine;
using S3NotifyConformance.Judging;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Reports;
using S3NotifyConformance.Running;

namespace S3NotifyConformance.Cli.Commands.Baseline;

/// <summary><c>s3notify baseline RUN-ID</c>: writes a baseline listing every difference of the run by fingerprint, keeping
/// the reasons of those a baseline already listed.</summary>
public static class BaselineCommand
{
    private static readonly Argument<string> RunIdArgument = new("run-id") { Description = "The run whose failures become known deviations" };

    private static readonly Option<string?> OutOption = new("--out", "-o") { Description = "Where to write (default: baselines/<target>.yaml)" };

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("baseline", "Write a baseline of a run's differences (by fingerprint), to be reviewed and given reasons");
        command.Arguments.Add(RunIdArgument);
        command.Options.Add(OutOption);
        command.Options.Add(CommonOptions.ReportDirOption);
        command.SetAction((parseResult, cancellationToken) => CliErrors.GuardAsync(async () =>
        {
            var paths = ProjectPaths.Discover();
            var runId = RunId.Parse(parseResult.GetValue(RunIdArgument)!);
            var result = ReportJson.Read(Path.Combine(parseResult.GetValue(CommonOptions.ReportDirOption) ?? paths.Reports, runId.Value, "results.json"));
            var entries = result.Differences.Select(d => new BaselineEntry(
                d.Fingerprint, d.Known ?? $"seen in run {runId} in {d.Scenarios.Length} scenario(s); not yet reviewed", [], Describe(d), d.Example.Scenario));
            var baseline = new Judging.Baseline(result.Target.Name, [.. entries]);
            var path = parseResult.GetValue(OutOption) ?? Path.Combine(paths.Root, "baselines", $"{result.Target.Name}.yaml");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            await File.WriteAllTextAsync(path, BaselineFile.Render(baseline, $"Known deviations of {result.Target.Name} from Amazon S3, from run {runId} ({result.StartedAt:yyyy-MM-dd})."), cancellationToken);
            Console.WriteLine($"wrote {baseline.Entries.Length} known difference(s) to {path}");
            return ExitCodes.Passed;
        }));
        return command;
    }

    private static string Describe(Difference d) => $"{d.Aspect}: Amazon S3 {d.Aws}; the store {d.Store}";
}
