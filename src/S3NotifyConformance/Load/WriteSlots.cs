namespace S3NotifyConformance.Load;

/// <summary>Per-write pairing state, indexed by the write's number, in chunks so a million writes cost 40 MB and no large resize.
/// Not thread-safe: <see cref="DeliveryTracker"/> holds its lock.</summary>
internal sealed class WriteSlots
{
    private const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits;
    private readonly List<Slot[]> _chunks = [];

    /// <summary>Writes with a slot (the highest number seen + 1).</summary>
    public long Count { get; private set; }

    /// <summary>The slot of write <paramref name="number"/>, created on first use.</summary>
    public ref Slot this[long number]
    {
        get
        {
            var chunk = (int)(number >> ChunkBits);
            while (_chunks.Count <= chunk)
            {
                _chunks.Add(new Slot[ChunkSize]);
            }

            Count = Math.Max(Count, number + 1);
            return ref _chunks[chunk][number & (ChunkSize - 1)];
        }
    }

    /// <summary>What the harness knows about one write. Timestamps are Stopwatch ticks; 0 means "not yet".</summary>
    internal struct Slot
    {
        public long IntendedStart;
        public long Acknowledged;
        public long FirstEvent;
        public long BrokerSent;
        public int Events;
    }
}
