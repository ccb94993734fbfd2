using System.CommandLine;
using S3NotifyConformance.Reports.Certificates;
using S3NotifyConformance.Running;

namespace S3NotifyConformance.Cli.Commands.Verify;

/// <summary><c>s3notify verify BUNDLE</c>: checks a certification bundle against its certificate and this tool's scenario
/// set; exit 0 when intact, 1 naming each file that does not match, 2 when there is no such folder.</summary>
public static class VerifyCommand
{
    private static readonly Argument<string> BundleArgument = new("bundle") { Description = "Folder written by s3notify certify" };

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("verify", "Check a certification bundle: every file's digest, the certificate, and the scenario set of this tool version");
        command.Arguments.Add(BundleArgument);
        command.SetAction(parseResult => CliErrors.GuardAsync(() =>
        {
            var paths = ProjectPaths.Discover();
            var bundle = parseResult.GetValue(BundleArgument)!;
            var problems = CertificateVerifier.Verify(bundle, ScenarioSetDigest.Of(paths.Scenarios, paths.Expected));
            foreach (var problem in problems)
            {
                Console.WriteLine($"MISMATCH {problem}");
            }

            Console.WriteLine(problems.IsEmpty ? $"intact: {bundle} matches its certificate and this tool's scenario set" : $"NOT intact: {problems.Length} problem(s) in {bundle}");
            return Task.FromResult(problems.IsEmpty ? ExitCodes.Passed : ExitCodes.Failed);
        }));
        return command;
    }
}
