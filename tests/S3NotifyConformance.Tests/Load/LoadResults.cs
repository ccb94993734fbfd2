using S3NotifyConformance.Load;

namespace S3NotifyConformance.Tests.Load;

/// <summary>Builds load results with chosen numbers for tests of thresholds, merge and compare.</summary>
internal static class LoadResults
{
    public static LoadResult Create(long writes, long duplicates, long lost, long[] deliveryMicros, long[]? requestMicros = null, double seconds = 10)
    {
        var delivery = LatencyHistogram.Create();
        foreach (var value in deliveryMicros)
        {
            delivery.RecordMicroseconds(value);
        }

        var request = LatencyHistogram.Create();
        foreach (var value in requestMicros ?? [500, 700, 900])
        {
            request.RecordMicroseconds(value);
        }

        var second = new SecondStats(0, writes, writes, 0, writes + duplicates, duplicates, lost, request.ToRecorded(), delivery.ToRecorded(), RecordedLatency.Empty);
        return new LoadResult(
            "put_object → sqs", "put_object", ["inject:rate=10,interval=1s,during=10s"], 0, seconds, seconds, 1,
            new RequestSummary(writes, writes, 0, writes * 1024, writes / seconds, writes / seconds, request.ToRecorded(), RecordedLatency.Empty),
            new DeliverySummary(writes, writes - lost, duplicates, lost, writes - lost + duplicates, 0, (writes - lost + duplicates) / seconds, delivery.ToRecorded(), RecordedLatency.Empty),
            [second], []);
    }

    public static LoadRunResult Run(string runId, LoadResult result, params string[] thresholds) => new(
        new RunHeader(RunKind.Load, runId, "s3notify test", new TargetSummary("embedded", "embedded", "http://127.0.0.1:1/", "us-east-1", []),
            new RunMachine("test OS", 2, 24, "10.0.0"), DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddSeconds(10)),
        new LoadSettings(result.Simulations, 0, 10, 1024, [.. thresholds]), result,
        LoadRunResult.Evaluate(thresholds.Select(Threshold.Parse), result), [], [], false, [runId]);
}
