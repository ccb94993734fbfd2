namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>Store-wide monotonic sequencer: fixed-width upper-case hex, so string order is numeric order ("Event message structure" leaves the format open; the recordings mask it).</summary>
internal sealed class Sequencer
{
    private readonly bool _decreasing;
    private long _last = 0x0055AED6DCD90000;

    /// <summary>A sequencer counting up; <paramref name="decreasing"/> is a seeded fault: it counts down.</summary>
    public Sequencer(bool decreasing = false) => _decreasing = decreasing;

    /// <summary>The next value; callers draw it under the bucket lock so per-key order follows state order.</summary>
    public string Next() => (_decreasing ? Interlocked.Decrement(ref _last) : Interlocked.Increment(ref _last)).ToString("X16", CultureInfo.InvariantCulture);
}
