namespace S3NotifyConformance.Actions;

/// <summary>Append-only record of the S3 calls of one scenario (or one load run). Thread-safe.</summary>
public sealed class WriteLedger
{
    private readonly List<WriteRecord> _records = [];
    private readonly Lock _lock = new();

    /// <summary>Appends a record, stamping its sequence number; returns the stamped record.</summary>
    public WriteRecord Append(WriteRecord record)
    {
        lock (_lock)
        {
            var stamped = record with { Sequence = _records.Count + 1 };
            _records.Add(stamped);
            return stamped;
        }
    }

    /// <summary>A copy of every record so far, in append order.</summary>
    public ImmutableArray<WriteRecord> Snapshot()
    {
        lock (_lock)
        {
            return [.. _records];
        }
    }
}
