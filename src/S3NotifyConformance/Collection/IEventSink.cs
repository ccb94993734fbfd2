namespace S3NotifyConformance.Collection;

/// <summary>Where a collector puts what it drained: the conformance <see cref="EventLedger"/> keeps every body, a load sink keeps
/// only what it measures.</summary>
public interface IEventSink
{
    /// <summary>Takes messages received together (one receive call); called concurrently by several receivers.</summary>
    void Accept(IReadOnlyList<DeliveredMessage> messages);

    /// <summary>Records a collector problem (a receive error, a failed delete) for the report.</summary>
    void RecordProblem(string problem);

    /// <summary>True for a sink that reads each body into whole records (<see cref="NotificationMessageParser"/>), as the
    /// conformance ledger does: a receiver that reads the body anyway then hands its reading over in
    /// <see cref="DeliveredMessage.Parsed"/>, so the body is read once.</summary>
    bool ReadsWholeRecords => false;
}
