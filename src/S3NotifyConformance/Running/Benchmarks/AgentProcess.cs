using System.Diagnostics;
using System.Text;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Running.Benchmarks;

/// <summary>One agent of benchmark (g): an <c>s3notify load</c> child process writing its reports under its own folder. Its output
/// is read as it comes (the wall-clock moment it says it is set up and waits for its start instant is kept); it is bounded in time, and killed with its
/// children when it overruns, when the benchmark is cancelled, or at the latest on <see cref="Dispose"/>.</summary>
public sealed class AgentProcess : IDisposable
{
    private const string ReadyLine = "s3notify: set up; waiting for --start-at";

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _sync = new();
    private DateTimeOffset? _readyAt;

    private AgentProcess(Process process, string reportRoot)
    {
        _process = process;
        ReportRoot = reportRoot;
    }

    /// <summary>The folder its run's report folder is written under.</summary>
    public string ReportRoot { get; }

    /// <summary>When its output said it was set up and began waiting for <c>--start-at</c> (wall clock, as read here), or null.</summary>
    public DateTimeOffset? ReadyAt
    {
        get
        {
            lock (_sync)
            {
                return _readyAt;
            }
        }
    }

    /// <summary>Starts <c>s3notify load ARGS --report-dir REPORT-ROOT</c>.</summary>
    public static AgentProcess Start(S3NotifyProgram program, IEnumerable<string> loadArguments, string reportRoot)
    {
        Directory.CreateDirectory(reportRoot);
        var process = ChildProcess.Start(program.Host, program.Arguments(["load", .. loadArguments, "--report-dir", reportRoot]), null, null, redirect: true);
        var agent = new AgentProcess(process, reportRoot);
        process.OutputDataReceived += (_, e) => agent.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => agent.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return agent;
    }

    /// <summary>Waits for it to exit and returns its exit code; past <paramref name="timeout"/> it is killed and <see cref="TimeoutException"/> thrown.</summary>
    public async Task<int> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            ChildProcess.Stop(_process, TimeSpan.FromSeconds(10));
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"agent {_process.Id} did not finish within {timeout.TotalSeconds:0} s: {Tail()}");
        }

        // The asynchronous readers may still hold the last lines: give them a bounded moment to drain (a grandchild holding the
        // pipes must not hang the round).
        _process.WaitForExit(TimeSpan.FromSeconds(10));
        return _process.ExitCode;
    }

    /// <summary>The last lines it printed.</summary>
    public string Tail(int lines = 6)
    {
        lock (_sync)
        {
            return string.Join(" | ", _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(lines));
        }
    }

    /// <summary>Kills it (and its children) if it still runs.</summary>
    public void Dispose()
    {
        ChildProcess.Stop(_process, TimeSpan.FromSeconds(10));
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_sync)
        {
            _output.AppendLine(line);
            if (_readyAt is null && line.StartsWith(ReadyLine, StringComparison.Ordinal))
            {
                _readyAt = DateTimeOffset.UtcNow;
            }
        }
    }
}
