namespace S3NotifyConformance.Reports.Bench;

/// <summary>Benchmark (b)'s figures: events per second through the sink alone and through the SQS collector.</summary>
public sealed record CollectorIngestFigures(int SinkEvents, double SinkPerSecond, int QueueEvents, int Receivers, double QueuePerSecond)
{
    /// <summary>The process's CPU time per event while the SQS collector drained (µs; the store's serving included, as it
    /// shares the process).</summary>
    public double? QueueCpuMicroseconds { get; init; }
}
