using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace S3NotifyConformance.Targets;

/// <summary>Runs the helper programs launched targets need (the Ceph launcher, npm, node): bounded in time, cancellable,
/// output kept for the error message, and stopped by pid with its whole tree.</summary>
public static class ChildProcess
{
    /// <summary>What a finished command printed and returned.</summary>
    public sealed record Result(int ExitCode, string Output)
    {
        /// <summary>The last lines of the output, for a one-paragraph error.</summary>
        public string Tail(int lines = 8) => string.Join('\n', Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(lines));
    }

    /// <summary>Runs a command to completion within <paramref name="timeout"/>; on timeout or cancellation the process tree is
    /// killed and <see cref="TimeoutException"/> or <see cref="OperationCanceledException"/> is thrown.</summary>
    public static async Task<Result> RunAsync(
        string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment, string? workingDirectory,
        TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var process = Start(fileName, arguments, environment, workingDirectory, redirect: true);
        var output = new StringBuilder();
        var sync = new Lock();
        void Keep(object _, DataReceivedEventArgs e)
        {
            if (e.Data is not null)
            {
                lock (sync)
                {
                    output.AppendLine(e.Data);
                }
            }
        }

        process.OutputDataReceived += Keep;
        process.ErrorDataReceived += Keep;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            Stop(process, TimeSpan.FromSeconds(10));
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"{Path.GetFileName(fileName)} did not finish within {timeout.TotalSeconds:0} s");
        }

        lock (sync)
        {
            return new Result(process.ExitCode, output.ToString());
        }
    }

    /// <summary>Starts a long-running program (a store); its output is discarded unless <paramref name="redirect"/>.</summary>
    public static Process Start(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment, string? workingDirectory, bool redirect)
    {
        var info = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardOutput = redirect,
            RedirectStandardError = redirect,
            RedirectStandardInput = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        try
        {
            var process = Process.Start(info) ?? throw new TargetSetupException($"could not start {fileName}");
            process.StandardInput.Close();
            return process;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new TargetSetupException($"could not start {fileName}: {e.Message}", e);
        }
    }

    /// <summary>Kills a process and its children and waits (bounded) until it is gone; true when it is.</summary>
    public static bool Stop(Process process, TimeSpan wait)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            return process.WaitForExit(wait);
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    /// <summary>True while a process with this pid exists.</summary>
    public static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>A TCP port free on loopback right now (the OS picks it).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Polls <paramref name="ready"/> until it answers true, the process exits, or the deadline passes.</summary>
    public static async Task WaitUntilReadyAsync(
        Func<CancellationToken, Task<bool>> ready, Process? process, TimeSpan timeout, string what, CancellationToken cancellationToken, OutputTail? output = null)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            if (process is { HasExited: true })
            {
                throw new TargetSetupException($"{what} exited with code {process.ExitCode} before it was ready{(output is null ? string.Empty : ":\n" + output)}");
            }

            try
            {
                if (await ready(deadline.Token))
                {
                    return;
                }

                // A readiness probe answers within milliseconds once the store listens; poll at a short, fixed pace.
                await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TargetSetupException($"{what} was not ready within {timeout.TotalSeconds:0} s{(output is null ? string.Empty : ":\n" + output)}");
            }
        }
    }
}
