using System.Diagnostics;
using S3NotifyConformance.Actions;
using S3NotifyConformance.Collection;
using S3NotifyConformance.Load;
using S3NotifyConformance.Running.Benchmarks;

namespace S3NotifyConformance.Tests.Load;

/// <summary>Each write pairs with its first event by the id in its key; later events are duplicates, missing ones are lost.</summary>
public sealed class DeliveryTrackerTests
{
    private LoadMetrics _metrics = null!;
    private DeliveryTracker _tracker = null!;

    [SetUp]
    public void CreateTracker()
    {
        _metrics = new LoadMetrics(Stopwatch.GetTimestamp());
        _tracker = new DeliveryTracker("load/", _metrics, HarnessClock.Shared);
    }

    [Test]
    public void KeysCarryTheStageAndTheIterationNumber()
    {
        Assert.That(_tracker.KeyFor(new LoadIteration(7, LoadStage.Measurement, 0)), Is.EqualTo("load/m/7"));
        Assert.That(_tracker.KeyFor(new LoadIteration(7, LoadStage.Warmup, 0)), Is.EqualTo("load/w/7"));
    }

    [Test]
    public async Task PairsFirstEventsCountsDuplicatesAndLosses()
    {
        // Given three acknowledged writes
        var writes = Enumerable.Range(0, 3).Select(i => new LoadIteration(i, LoadStage.Measurement, Stopwatch.GetTimestamp())).ToList();
        foreach (var write in writes)
        {
            _tracker.Acknowledge(write, Stopwatch.GetTimestamp());
        }

        // When write 0 arrives twice, write 1 once, write 2 never
        _tracker.Accept([Message("load/m/0"), Message("load/m/1")]);
        _tracker.Accept([Message("load/m/0")]);
        _tracker.WritingFinished();
        var allArrived = await _tracker.WaitForAllDeliveredAsync(TimeSpan.FromMilliseconds(50), CancellationToken.None);
        _tracker.RecordLosses();

        // Then
        var delivery = Result().Delivery;
        Assert.That(allArrived, Is.False);
        Assert.That((delivery.Writes, delivery.Delivered, delivery.Duplicates, delivery.Lost, delivery.Events), Is.EqualTo((3L, 2L, 1L, 1L, 3L)));
    }

    [Test]
    public async Task AnEventThatOvertakesTheAcknowledgementStillPairs()
    {
        var write = new LoadIteration(0, LoadStage.Measurement, Stopwatch.GetTimestamp());
        _tracker.Accept([Message("load/m/0")]);
        _tracker.Acknowledge(write, Stopwatch.GetTimestamp());
        _tracker.WritingFinished();
        Assert.That(await _tracker.WaitForAllDeliveredAsync(TimeSpan.FromSeconds(1), CancellationToken.None), Is.True);
        Assert.That(Result().Delivery.Latency.Stats.Count, Is.EqualTo(1));
    }

    [Test]
    public void WarmUpTestAndForeignEventsAreNotMeasured()
    {
        _tracker.Accept([Message("load/w/3"), Message("other/m/1"), new DeliveredMessage("load", "sqs", "t", "{\"Event\":\"s3:TestEvent\"}", 0, DateTimeOffset.UtcNow, null, 1)]);
        Assert.That((_tracker.WarmupEvents, Result().Delivery.Unmatched, Result().Delivery.Events), Is.EqualTo((1L, 1L, 0L)));
    }

    [Test]
    public void ReadsTheBrokersSendTime()
    {
        // Given a write acknowledged at t and a broker that stamped its event at t + 20 ms (on the same clock)
        var acknowledged = Stopwatch.GetTimestamp();
        _tracker.Acknowledge(new LoadIteration(0, LoadStage.Measurement, acknowledged), acknowledged);

        // When
        _tracker.Accept([Message("load/m/0") with { BrokerSentAt = HarnessClock.Shared.ToUtc(acknowledged).AddMilliseconds(20) }]);

        // Then the broker latency is those 20 ms (give or take the histogram's resolution)
        Assert.That(Result().Delivery.Broker.Stats.P50, Is.EqualTo(20).Within(0.5));
    }

    private static DeliveredMessage Message(string key) =>
        new("load", "sqs", Guid.NewGuid().ToString(), SyntheticEvents.Body("bucket", key, 1), Stopwatch.GetTimestamp(), DateTimeOffset.UtcNow, null, 1);

    private LoadResult Result() => _metrics.ToResult(LoadPlan.Parse(["inject:rate=1,interval=1s,during=1s"]), "test", "put_object", TimeSpan.Zero);
}
