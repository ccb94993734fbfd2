namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>Store-wide monotonic sequencer: fixed-width upper-case hex, so string order is numeric order ("Event message structure" leaves the format open; the recordings mask it).</summary>
internal sealed class Sequencer
{
    private long _last = 0x0055AED6DCD90000;

    /// <summary>The next value; callers draw it under the bucket lock so per-key order follows state order.</summary>
    public string Next() => Interlocked.Increment(ref _last).ToString("X16", CultureInfo.InvariantCulture);
}
