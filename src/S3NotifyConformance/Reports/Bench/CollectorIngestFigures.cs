namespace S3NotifyConformance.Reports.Bench;

/// <summary>Benchmark (b)'s figures: events per second through the sink alone and through the SQS collector.</summary>
public sealed record CollectorIngestFigures(int SinkEvents, double SinkPerSecond, int QueueEvents, int Receivers, double QueuePerSecond);
