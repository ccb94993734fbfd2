using System.Runtime.InteropServices;

namespace S3NotifyConformance.Cli;

/// <summary>Ctrl+C and SIGTERM cancel the work instead of killing the process, so teardown and reports still run.
/// A second Ctrl+C is left to the runtime (immediate exit).</summary>
public sealed class ShutdownSignal : IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();
    private readonly PosixSignalRegistration _sigterm;

    /// <summary>Starts listening.</summary>
    public ShutdownSignal()
    {
        Console.CancelKeyPress += OnCancelKeyPress;
        _sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            Cancel();
        });
    }

    /// <summary>Cancelled on the first Ctrl+C or SIGTERM.</summary>
    public CancellationToken Token => _cancellation.Token;

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        if (!_cancellation.IsCancellationRequested)
        {
            e.Cancel = true;
            Cancel();
        }
    }

    private void Cancel()
    {
        Console.Error.WriteLine("s3notify: interrupted; cleaning up what this run created (Ctrl+C again to abandon)");
        _cancellation.Cancel();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        _sigterm.Dispose();
        _cancellation.Dispose();
    }
}
