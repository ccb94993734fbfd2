namespace S3NotifyConformance.Running;

/// <summary>The run's slots for working on the store (target <c>timing.parallelism</c>): a scenario holds one while it calls the
/// store — provisioning, its writes and the sentinel's, teardown — and gives it up while it only waits for deliveries, so
/// waiting scenarios overlap (up to <c>timing.concurrency</c>) without adding to the load a working one puts on the store.</summary>
public sealed class StoreWorkSlots(int count, DeliveryWaitTally? tally = null) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, count), Math.Max(1, count));

    /// <summary>How many scenarios may work at once.</summary>
    public int Count { get; } = Math.Max(1, count);

    /// <summary>Waits for a free slot; disposing the answer gives it back.</summary>
    public async Task<IDisposable> TakeAsync(CancellationToken cancellationToken)
    {
        var queued = System.Diagnostics.Stopwatch.GetTimestamp();
        await _slots.WaitAsync(cancellationToken);
        return new Taken(_slots, tally, System.Diagnostics.Stopwatch.GetElapsedTime(queued));
    }

    /// <inheritdoc />
    public void Dispose() => _slots.Dispose();

    private sealed class Taken(SemaphoreSlim slots, DeliveryWaitTally? tally, TimeSpan queued) : IDisposable
    {
        private readonly long _taken = System.Diagnostics.Stopwatch.GetTimestamp();
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                tally?.Worked(System.Diagnostics.Stopwatch.GetElapsedTime(_taken), queued);
                slots.Release();
            }
        }
    }
}
