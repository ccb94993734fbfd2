using System.CommandLine;
using S3NotifyConformance.Reports.Certificates;
using S3NotifyConformance.Running;

namespace S3NotifyConformance.Cli.Commands.Certify;

/// <summary><c>s3notify certify --target T [--baseline B] [--out DIR]</c>: runs the suite and writes a certification bundle
/// (the run's reports, README.md with the command to reproduce, certificate.json with every digest); exit codes as run's.</summary>
public static class CertifyCommand
{
    private static readonly Option<string?> OutOption = new("--out") { Description = "Bundle folder to create (default: reports/certificate-<target>-<run-id>)" };

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("certify", "Run the suite and write a certification bundle that s3notify verify can check");
        command.Options.Add(CommonOptions.TargetOption);
        command.Options.Add(CommonOptions.BaselineOption);
        command.Options.Add(CommonOptions.FilterOption);
        command.Options.Add(OutOption);
        command.Options.Add(CommonOptions.ReportDirOption);
        command.SetAction((parseResult, cancellationToken) => CliErrors.GuardAsync(async () =>
        {
            var paths = ProjectPaths.Discover();
            var target = parseResult.GetValue(CommonOptions.TargetOption) ?? "embedded";
            var baseline = parseResult.GetValue(CommonOptions.BaselineOption);
            var filter = parseResult.GetValue(CommonOptions.FilterOption);
            var out_ = parseResult.GetValue(OutOption);
            if (out_ is not null && Directory.Exists(out_) && Directory.EnumerateFileSystemEntries(out_).Any())
            {
                throw new ArgumentException($"{out_} already exists and is not empty; choose another --out");
            }

            var digest = ScenarioSetDigest.Of(paths.Scenarios, paths.Expected);
            var options = new RunOptions(target, filter, parseResult.GetValue(CommonOptions.ReportDirOption) ?? paths.Reports, paths, null, baseline);
            using var shutdown = new ShutdownSignal();
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, shutdown.Token);
            var outcome = await new HarnessRunner(BuiltInTargets.Catalog(paths), new ConsoleRunProgress()).RunAsync(options, linked.Token);
            ConsoleRunProgress.PrintTotals(outcome.Result);
            var bundle = out_ ?? Path.Combine(options.ReportRoot, $"certificate-{outcome.Result.Target.Name}-{outcome.Result.RunId}");
            var certificate = await CertificateBundle.WriteAsync(outcome.Result, outcome.ReportDirectory, bundle, digest, new CertificationCommand(target, baseline, filter), CancellationToken.None);
            Console.WriteLine($"certificate: {Path.Combine(bundle, CertificateBundle.CertificateFile)} ({certificate.Files.Count} files, scenario set {digest})");
            Console.WriteLine($"certificate.json sha256: {ScenarioSetDigest.OfFile(Path.Combine(bundle, CertificateBundle.CertificateFile))} (publish it with the bundle)");
            return outcome.Result.Succeeded ? ExitCodes.Passed : ExitCodes.Failed;
        }));
        return command;
    }
}
