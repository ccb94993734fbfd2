namespace S3NotifyConformance.Running.Benchmarks;

/// <summary>The managed heap's peak over a stretch of work, sampled every 50 ms from its start until it is stopped (a peak between
/// two samples can be missed; the benchmarks' heaps grow over seconds).</summary>
public sealed class ManagedHeapPeak : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peak;

    private ManagedHeapPeak(long floor)
    {
        _peak = floor;
        _sampling = Task.Run(SampleAsync, CancellationToken.None);
    }

    /// <summary>The highest heap size seen so far (bytes), at least the floor it started from.</summary>
    public long Peak => Interlocked.Read(ref _peak);

    /// <summary>Starts sampling; the peak is never below <paramref name="floor"/>.</summary>
    public static ManagedHeapPeak Start(long floor = 0) => new(floor);

    /// <summary>Stops sampling and returns the peak.</summary>
    public async Task<long> StopAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        return Peak;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var now = GC.GetTotalMemory(false);
            if (now > Interlocked.Read(ref _peak))
            {
                Interlocked.Exchange(ref _peak, now);
            }

            try
            {
                await Task.Delay(50, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
