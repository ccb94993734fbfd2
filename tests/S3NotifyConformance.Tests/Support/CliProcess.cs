using System.Diagnostics;

namespace S3NotifyConformance.Tests.Support;

/// <summary>Runs the s3notify program as a user does (a child process from the project folder), bounded in time.</summary>
public static class CliProcess
{
    /// <summary>What a finished run printed and returned.</summary>
    public sealed record Result(int ExitCode, string Out, string Error, TimeSpan Elapsed);

    /// <summary>Runs <c>s3notify ARGS</c>; a run past <paramref name="timeout"/> is killed and fails the test.</summary>
    public static async Task<Result> RunAsync(TimeSpan timeout, params string[] args)
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
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"s3notify {string.Join(' ', args)} did not finish within {timeout.TotalSeconds:0} s");
        }

        return new Result(process.ExitCode, await output, await error, watch.Elapsed);
    }

    /// <summary>Runs with the 60 s bound the quick CLI tests use.</summary>
    public static Task<Result> RunAsync(params string[] args) => RunAsync(TimeSpan.FromSeconds(60), args);
}
