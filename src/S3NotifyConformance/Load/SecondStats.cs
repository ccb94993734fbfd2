namespace S3NotifyConformance.Load;

/// <summary>One second of the measurement. Requests, request latency, delivery latency and losses count in the second the write
/// was meant to start; events and duplicates in the second they were received.</summary>
public sealed record SecondStats(
    int Second,
    long Requested,
    long Ok,
    long Fail,
    long Events,
    long Duplicates,
    long Lost,
    RecordedLatency Request,
    RecordedLatency Delivery,
    RecordedLatency Broker);
