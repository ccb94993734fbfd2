using System.Diagnostics;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Integration;

/// <summary>The .NET tool package as a vendor gets it: dotnet pack, dotnet tool install from a local folder (no other package
/// needed), then s3notify from an empty folder with the scenarios that travel in the package. Slow (~30 s): it still runs in CI.</summary>
[Category("Slow")]
public sealed class ToolPackageTests
{
    [Test]
    public async Task ThePackedToolInstallsAndListsAndRunsFromAnEmptyFolder()
    {
        using var work = TempProject.Create("s3n-tool-");
        var packages = Path.Combine(work.Root, "packages");
        var tools = Path.Combine(work.Root, "tools");
        var empty = Path.Combine(work.Root, "empty");
        Directory.CreateDirectory(empty);
        var configuration = new DirectoryInfo(TestContext.CurrentContext.TestDirectory).Parent!.Name;

        // Given the CLI packed as a tool and installed into a tool path
        await RunAsync(Repository.Paths.Root, "dotnet", "pack", "src/S3NotifyConformance.Cli", "-c", configuration, "--no-build", "--nologo", "-o", packages);
        Assert.That(Directory.GetFiles(packages, "S3NotifyConformance.*.nupkg"), Has.Length.EqualTo(1));
        await RunAsync(empty, "dotnet", "tool", "install", "--tool-path", tools, "--add-source", packages, "S3NotifyConformance");
        var s3notify = Path.Combine(tools, "s3notify");

        // When it lists and runs from a folder that is no project
        var list = await RunAsync(empty, s3notify, "list");
        var run = await RunAsync(empty, s3notify, "run", "--filter", "created/*");
        var certify = await RunAsync(empty, s3notify, "certify", "--filter", "created/put", "--out", "bundle");

        // Then it found its own scenarios, wrote the reports under the current folder, and its scenario set is this checkout's
        Assert.That(list, Does.Contain("created/put").And.Contain("trigger/"));
        Assert.That(run, Does.Contain("conforms: 12 passed, 0 failed"));
        var reports = Directory.GetDirectories(Path.Combine(empty, "reports"));
        Assert.That(reports, Has.Length.EqualTo(2));
        Assert.That(reports.Select(r => File.Exists(Path.Combine(r, "index.html"))), Is.All.True);
        Assert.That(certify, Does.Contain("certificate:"));
        var verify = await CliProcess.RunAsync("verify", Path.Combine(empty, "bundle"));
        Assert.That(verify.ExitCode, Is.EqualTo(0), verify.Out + verify.Error);
    }

    private static async Task<string> RunAsync(string directory, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', args)} did not finish within 3 minutes");
        }

        Assert.That(process.ExitCode, Is.EqualTo(0), $"{program} {string.Join(' ', args)}: {await output} {await error}");
        return await output;
    }
}
