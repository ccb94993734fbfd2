namespace S3NotifyConformance.ReferenceStore;

/// <summary>Delivery counters since the store started (test events sent on configuration PUT are not counted).</summary>
/// <param name="EventsEmitted">Notification messages created (one per matching configuration per S3 event).</param>
/// <param name="EventsDelivered">Messages handed to a destination, duplicates included.</param>
/// <param name="EventsDuplicated">Extra copies injected by <see cref="DeliveryFaults.DuplicateProbability"/>.</param>
/// <param name="EventsDropped">Messages discarded by <see cref="DeliveryFaults.DropProbability"/>.</param>
/// <param name="EventsUndeliverable">Messages whose destination does not exist (deleted queue or topic, Lambda) or rejected them (too large).</param>
/// <param name="EventsPending">Messages still waiting in the delivery pipeline.</param>
public sealed record ReferenceStoreStatistics(
    long EventsEmitted,
    long EventsDelivered,
    long EventsDuplicated,
    long EventsDropped,
    long EventsUndeliverable,
    long EventsPending)
{
    /// <summary>Messages dropped because their destination was down, under <see cref="Faults.OutagePolicy.Drop"/>.</summary>
    public long EventsDroppedInOutage { get; init; }

    /// <summary>Messages held and retried later because their destination was down, under <see cref="Faults.OutagePolicy.Retry"/>
    /// (each counted once, however many retries it took).</summary>
    public long EventsHeld { get; init; }
}
