namespace S3NotifyConformance.Reports.Bench;

/// <summary>Benchmark (e)'s figures: POSTs sent by the generator, what the receiver counted and recorded, and how long it took.</summary>
/// <param name="Sent">POSTs the generator sent.</param>
/// <param name="Connections">Concurrent connections of the generator.</param>
/// <param name="NonSuccessAnswers">POSTs the receiver answered with a status other than 2xx.</param>
/// <param name="Received">POSTs the receiver counted.</param>
/// <param name="Recorded">Event records the receiver put into the ledger.</param>
/// <param name="Elapsed">From the first POST to the last answer.</param>
public sealed record WebhookStormFigures(int Sent, int Connections, int NonSuccessAnswers, long Received, long Recorded, TimeSpan Elapsed)
{
    /// <summary>Records in each POST's body.</summary>
    public int RecordsPerPost { get; init; } = 1;

    /// <summary>The process's CPU time per POST (µs; generator and receiver together, as they share the process).</summary>
    public double? CpuMicrosecondsPerPost { get; init; }

    /// <summary>POSTs answered per second.</summary>
    public double PostsPerSecond => Sent / Elapsed.TotalSeconds;

    /// <summary>Records recorded per second.</summary>
    public double RecordsPerSecond => Recorded / Elapsed.TotalSeconds;

    /// <summary>Sent records that did not reach the ledger.</summary>
    public long Lost => ((long)Sent * RecordsPerPost) - Recorded;
}
