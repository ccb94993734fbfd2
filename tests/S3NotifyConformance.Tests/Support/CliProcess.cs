using System.Diagnostics;

namespace S3NotifyConformance.Tests.Support;

/// <summary>Runs the built s3notify program as a user would, from the project folder, bounded to a minute.</summary>
public static class CliProcess
{
    /// <summary>Runs s3notify with <paramref name="args"/>; returns exit code, stdout, stderr and elapsed time.</summary>
    public static async Task<(int ExitCode, string Out, string Error, TimeSpan Elapsed)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Repository.Paths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "s3notify.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error, watch.Elapsed);
    }
}
