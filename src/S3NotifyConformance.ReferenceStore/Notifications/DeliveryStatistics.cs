namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>Thread-safe counters behind <see cref="ReferenceStoreStatistics"/>.</summary>
internal sealed class DeliveryStatistics
{
    private long _emitted;
    private long _delivered;
    private long _duplicated;
    private long _dropped;
    private long _undeliverable;
    private long _droppedInOutage;
    private long _held;

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

    /// <summary>Counts a message dropped because its destination was down (<see cref="Faults.OutagePolicy.Drop"/>).</summary>
    public void DroppedInOutage() => Interlocked.Increment(ref _droppedInOutage);

    /// <summary>Counts a message held for a later retry because its destination was down (<see cref="Faults.OutagePolicy.Retry"/>).</summary>
    public void Held() => Interlocked.Increment(ref _held);

    /// <summary>A consistent-enough snapshot.</summary>
    public ReferenceStoreStatistics Snapshot()
    {
        var emitted = Interlocked.Read(ref _emitted);
        var duplicated = Interlocked.Read(ref _duplicated);
        var delivered = Interlocked.Read(ref _delivered);
        var dropped = Interlocked.Read(ref _dropped);
        var undeliverable = Interlocked.Read(ref _undeliverable);
        var droppedInOutage = Interlocked.Read(ref _droppedInOutage);
        var pending = Math.Max(0, emitted + duplicated - delivered - dropped - undeliverable - droppedInOutage);
        return new ReferenceStoreStatistics(emitted, delivered, duplicated, dropped, undeliverable, pending)
        {
            EventsDroppedInOutage = droppedInOutage,
            EventsHeld = Interlocked.Read(ref _held),
        };
    }
}
