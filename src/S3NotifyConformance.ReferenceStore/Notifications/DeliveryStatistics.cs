namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>Thread-safe counters behind <see cref="ReferenceStoreStatistics"/>.</summary>
internal sealed class DeliveryStatistics
{
    private long _emitted;
    private long _delivered;
    private long _duplicated;
    private long _dropped;
    private long _undeliverable;

    /// <summary>Counts a created message.</summary>
    public void Emitted() => Interlocked.Increment(ref _emitted);

    /// <summary>Counts a delivered message.</summary>
    public void Delivered() => Interlocked.Increment(ref _delivered);

    /// <summary>Counts an injected duplicate.</summary>
    public void Duplicated() => Interlocked.Increment(ref _duplicated);

    /// <summary>Counts an injected drop.</summary>
    public void Dropped() => Interlocked.Increment(ref _dropped);

    /// <summary>Counts a message without a usable destination.</summary>
    public void Undeliverable() => Interlocked.Increment(ref _undeliverable);

    /// <summary>A consistent-enough snapshot.</summary>
    public ReferenceStoreStatistics Snapshot()
    {
        var emitted = Interlocked.Read(ref _emitted);
        var duplicated = Interlocked.Read(ref _duplicated);
        var delivered = Interlocked.Read(ref _delivered);
        var dropped = Interlocked.Read(ref _dropped);
        var undeliverable = Interlocked.Read(ref _undeliverable);
        var pending = Math.Max(0, emitted + duplicated - delivered - dropped - undeliverable);
        return new ReferenceStoreStatistics(emitted, delivered, duplicated, dropped, undeliverable, pending);
    }
}
