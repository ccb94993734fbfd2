using S3NotifyConformance.Load;

namespace S3NotifyConformance.Tests.Load;

/// <summary>The merged achieved rate is all ok requests over the wall-clock union of the agents' measurements, and the per-second
/// series line up by the wall clock (prepared results, no timing).</summary>
public sealed class MergeWindowTests
{
    private static readonly DateTimeOffset T = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    [Test]
    public void AgentsStaggeredByAKnownOffsetMergeIntoTotalOverTheirUnion()
    {
        // Given two agents of 100 ok writes over 10 s each (10/s each), the second starting 2 s after the first
        var a = Agent(T);
        var b = Agent(T.AddSeconds(2));

        // When
        var merged = LoadResultMerger.Merge([a, b]);

        // Then the store saw 200 writes over 12 s: less than the sum of the rates, by the stagger; the requested rate is the sum
        Assert.That(merged.Requests.AchievedRps, Is.EqualTo(200 / 12.0).Within(1e-9));
        Assert.That(merged.Requests.RequestedRps, Is.EqualTo(20));
        Assert.That((merged.DurationSeconds, merged.MeasurementStart, merged.MeasurementEnd), Is.EqualTo((12.0, (DateTimeOffset?)T, (DateTimeOffset?)T.AddSeconds(12))));
        Assert.That(merged.Delivery.EventsPerSecond, Is.EqualTo(200 / 12.0).Within(1e-9));
    }

    [Test]
    public void AlignedAgentsMergeIntoTheSumOfTheirRates()
    {
        var merged = LoadResultMerger.Merge([Agent(T), Agent(T), Agent(T)]);
        Assert.That((merged.Requests.AchievedRps, merged.Requests.RequestedRps, merged.DurationSeconds), Is.EqualTo((30.0, (double?)30, 10.0)));
    }

    [Test]
    public void SecondsLineUpByTheWallClock()
    {
        // Given an agent starting 2.4 s after the other: its second 0 is the merged second 2 (the nearest)
        var merged = LoadResultMerger.Merge([Agent(T), Agent(T.AddSeconds(2.4))]);

        // Then the series spans both, with one agent alone at either end
        Assert.That(merged.Seconds.Select(s => s.Ok), Is.EqualTo(new long[] { 10, 10, 20, 20, 20, 20, 20, 20, 20, 20, 10, 10 }));
        Assert.That(merged.Seconds.Select(s => s.Second), Is.EqualTo(Enumerable.Range(0, 12)));
    }

    [Test]
    public void ResultsWithoutARecordedStartAreTakenAsAlignedAtTheirStarts()
    {
        var merged = LoadResultMerger.Merge([Agent(null), Agent(T.AddSeconds(5)) with { DurationSeconds = 10.5 }]);
        Assert.That((merged.Requests.AchievedRps, merged.DurationSeconds, merged.MeasurementStart), Is.EqualTo((200 / 10.5, 10.5, (DateTimeOffset?)null)));
        Assert.That(merged.Seconds, Has.Length.EqualTo(10));
    }

    [Test]
    public void AMergedRunListsEveryLateAgent()
    {
        var a = LoadResults.Run("a", Agent(T)) with { LateStart = "not ready by --start-at: 0.5 s late" };
        var b = LoadResults.Run("b", Agent(T));
        Assert.That(LoadResultMerger.Merge("m", [a, b]).LateStart, Is.EqualTo("a: not ready by --start-at: 0.5 s late"));
        Assert.That(LoadResultMerger.Merge("m", [b, b]).LateStart, Is.Null);
    }

    // 10 s at 10/s: ten seconds of 10 ok writes each.
    private static LoadResult Agent(DateTimeOffset? start)
    {
        var one = LoadResults.Create(100, 0, 0, [1000]);
        return one with
        {
            Seconds = [.. Enumerable.Range(0, 10).Select(i => one.Seconds[0] with { Second = i, Requested = 10, Ok = 10, Events = 10 })],
            MeasurementStart = start,
        };
    }
}
