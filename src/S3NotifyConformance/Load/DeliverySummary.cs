namespace S3NotifyConformance.Load;

/// <summary>How the events of the measured writes arrived.</summary>
/// <param name="Writes">Writes the store acknowledged: each should produce exactly one event.</param>
/// <param name="Delivered">Writes whose event arrived (at least once).</param>
/// <param name="Duplicates">Events beyond the first for the same write.</param>
/// <param name="Lost">Acknowledged writes without an event by the drain deadline.</param>
/// <param name="Events">Events of measured writes received, duplicates included.</param>
/// <param name="Unmatched">Records that name no write of this run's measurement (a foreign key, or an unreadable body).</param>
/// <param name="EventsPerSecond">Events received (duplicates included) ÷ the measurement's duration.</param>
/// <param name="Latency">Write acknowledgement → event received by the harness.</param>
/// <param name="Broker">Write acknowledgement → the broker's send time (SQS SentTimestamp, millisecond resolution), where the destination gives one.</param>
/// <param name="Problems">Collection problems counted: receiver errors and restarts, unreadable bodies and records.</param>
public sealed record DeliverySummary(
    long Writes,
    long Delivered,
    long Duplicates,
    long Lost,
    long Events,
    long Unmatched,
    double EventsPerSecond,
    RecordedLatency Latency,
    RecordedLatency Broker,
    long Problems = 0)
{
    /// <summary>Duplicates ÷ writes.</summary>
    public double DuplicationRate => Writes == 0 ? 0 : (double)Duplicates / Writes;

    /// <summary>Lost ÷ writes.</summary>
    public double LossRate => Writes == 0 ? 0 : (double)Lost / Writes;
}
