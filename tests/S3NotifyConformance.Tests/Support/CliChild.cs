using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace S3NotifyConformance.Tests.Support;

/// <summary>An s3notify child process the test can watch line by line and signal (SIGINT, SIGTERM, SIGKILL, SIGSTOP, SIGCONT).</summary>
public sealed class CliChild : IDisposable
{
    /// <summary>Linux signal numbers.</summary>
    public const int SigInt = 2, SigKill = 9, SigCont = 18, SigStop = 19, SigTerm = 15;

    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _error = new();
    private readonly Lock _lock = new();

    private CliChild(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(_out, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_error, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The process id.</summary>
    public int Id => _process.Id;

    /// <summary>What it printed so far.</summary>
    public string Out
    {
        get
        {
            lock (_lock)
            {
                return _out.ToString();
            }
        }
    }

    /// <summary>What it printed on stderr so far.</summary>
    public string Error
    {
        get
        {
            lock (_lock)
            {
                return _error.ToString();
            }
        }
    }

    /// <summary>The exit code, once exited.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Starts <c>s3notify ARGS</c> from the project folder.</summary>
    public static CliChild Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Repository.Paths.Root, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
        };
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "s3notify.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return new CliChild(Process.Start(start)!);
    }

    /// <summary>Waits until the output (stdout and stderr) satisfies <paramref name="condition"/>; fails the test after <paramref name="timeout"/>.</summary>
    public async Task WaitForAsync(Func<string, bool> condition, TimeSpan timeout, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition(Out + Error))
        {
            if (_process.HasExited && !condition(Out + Error))
            {
                Assert.Fail($"s3notify exited ({_process.ExitCode}) before {what}:\n{Out}\n{Error}");
            }

            if (deadline.Elapsed > timeout)
            {
                Assert.Fail($"no {what} within {timeout.TotalSeconds:0} s:\n{Out}\n{Error}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Waits for the exit; kills and fails the test after <paramref name="timeout"/>. Returns how long it waited.</summary>
    public async Task<TimeSpan> WaitForExitAsync(TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"s3notify did not exit within {timeout.TotalSeconds:0} s:\n{Out}\n{Error}");
        }

        return watch.Elapsed;
    }

    /// <summary>Sends a signal to the process.</summary>
    public void Signal(int signal) => Assert.That(Kill(_process.Id, signal), Is.Zero, $"kill({_process.Id}, {signal})");

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill(_process.Id, SigCont);
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            builder.AppendLine(line);
        }
    }

    // kill(2): Process has no way to send SIGSTOP or SIGCONT.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
