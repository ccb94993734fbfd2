namespace S3NotifyConformance.ReferenceStore.Faults;

/// <summary>What the store does with an event whose destination is down (an outage window, or the store restarting).</summary>
public enum OutagePolicy
{
    /// <summary>Keeps it and retries with backoff, in order per destination, delivering it once the destination is back (a
    /// persistent topic; Amazon S3's documented at-least-once delivery).</summary>
    Retry,

    /// <summary>Drops it and counts it (a synchronous, non-persistent push that fails).</summary>
    Drop,
}
