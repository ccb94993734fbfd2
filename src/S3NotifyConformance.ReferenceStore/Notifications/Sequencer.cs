namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>Store-wide monotonic sequencer: fixed-width upper-case hex, so string order is numeric order (facts §3.5 leaves the format open).</summary>
internal sealed class Sequencer
{
    private long _last = 0x0055AED6DCD90000;

    /// <summary>The next value; callers draw it under the bucket lock so per-key order follows state order.</summary>
    public string Next() => Interlocked.Increment(ref _last).ToString("X16", CultureInfo.InvariantCulture);
}
