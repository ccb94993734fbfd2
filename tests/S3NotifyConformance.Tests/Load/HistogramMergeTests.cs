using S3NotifyConformance.Load;
using S3NotifyConformance.Running.Benchmarks;

namespace S3NotifyConformance.Tests.Load;

/// <summary>Histograms survive encoding and add up without loss, so agents' results merge into the result one agent would have had.</summary>
public sealed class HistogramMergeTests
{
    [Test]
    public void EncodingRoundTripsEveryCount()
    {
        // Given
        var histogram = LatencyHistogram.Create();
        foreach (var value in Values(new Random(1), 10_000))
        {
            histogram.RecordMicroseconds(value);
        }

        // When
        var decoded = LatencyHistogram.Decode(histogram.Encode());

        // Then
        Assert.That(decoded.Stats(), Is.EqualTo(histogram.Stats()));
        Assert.That(decoded.PercentileCurve(), Is.EqualTo(histogram.PercentileCurve()));
    }

    [Test]
    public void MergingAgentsEqualsRecordingEverythingInOne()
    {
        // Given three agents' values and one histogram with all of them
        var random = new Random(2);
        var agents = Enumerable.Range(0, 3).Select(_ => Values(random, 5_000)).ToList();
        var all = LatencyHistogram.Create();
        foreach (var value in agents.SelectMany(v => v))
        {
            all.RecordMicroseconds(value);
        }

        // When each agent's histogram is encoded, decoded and summed
        var merged = RecordedLatency.Sum(agents.Select(values =>
        {
            var histogram = LatencyHistogram.Create();
            foreach (var value in values)
            {
                histogram.RecordMicroseconds(value);
            }

            return histogram.ToRecorded();
        }));

        // Then
        Assert.That(merged.Stats, Is.EqualTo(all.Stats()));
        Assert.That(merged.Decode().PercentileCurve(), Is.EqualTo(all.PercentileCurve()));
    }

    [Test]
    public void AddedHistogramsHoldTheSameBucketsAsOneRecordingEverySample()
    {
        // Given four agents' samples, and one histogram into which every sample was recorded
        var random = new Random(3);
        var agents = Enumerable.Range(0, 4).Select(i => Values(random, 2_000 * (i + 1))).ToList();
        var all = LatencyHistogram.Create();
        foreach (var value in agents.SelectMany(v => v))
        {
            all.RecordMicroseconds(value);
        }

        // When each agent's histogram is added to an empty one
        var added = LatencyHistogram.Create();
        foreach (var values in agents)
        {
            var histogram = LatencyHistogram.Create();
            foreach (var value in values)
            {
                histogram.RecordMicroseconds(value);
            }

            added.Add(LatencyHistogram.Decode(histogram.Encode()));
        }

        // Then bucket by bucket they are the same, the counts add up, and every percentile is exactly the same
        Assert.That(added.Buckets(), Is.EqualTo(all.Buckets()));
        Assert.That(added.Buckets().Sum(b => b.Count), Is.EqualTo(agents.Sum(v => v.Length)));
        Assert.That(added.Stats(), Is.EqualTo(all.Stats()));
        foreach (var percentile in new[] { 0, 1, 25, 50, 75, 90, 95, 99, 99.9, 99.99, 100 })
        {
            Assert.That(added.PercentileMilliseconds(percentile), Is.EqualTo(all.PercentileMilliseconds(percentile)), $"p{percentile}");
        }
    }

    [Test]
    public void TheAdditionCheckHoldsForAMergeAndFailsWhenAnAgentIsMissing()
    {
        // Given three agents' delivery latencies and their merge
        var random = new Random(4);
        var parts = Enumerable.Range(0, 3).Select(_ => Recorded(Values(random, 3_000))).ToList();
        var merged = RecordedLatency.Sum(parts);

        // Then re-recording every agent's buckets into one histogram gives the merge, and leaving one agent out does not
        Assert.That(HistogramAddition.Check(parts, merged), Is.EqualTo((true, true)));
        Assert.That(HistogramAddition.Check(parts.Take(2), merged), Is.EqualTo((false, false)));
    }

    [Test]
    public void MergingFourRunsSumsTheirCountsAndTheirRequestedRates()
    {
        // Given four agents of different sizes whose measurements lasted slightly different lengths (each its last request's tail)
        var runs = new[] { (100L, 10.0), (200L, 10.2), (300L, 10.05), (400L, 10.5) }
            .Select(r => LoadResults.Create(writes: r.Item1, duplicates: 1, lost: 2, deliveryMicros: [1000, 2000, 3000], seconds: r.Item2)).ToList();

        // When
        var merged = LoadResultMerger.Merge(runs);

        // Then counts add and the requested rate is the sum of the agents'; without recorded starts the agents are taken as aligned,
        // so the achieved and events rates are over the longest measurement (the union of aligned windows)
        Assert.That((merged.Agents, merged.Requests.Ok, merged.Delivery.Delivered, merged.Delivery.Lost, merged.Delivery.Duplicates), Is.EqualTo((4, 1_000L, 992L, 8L, 4L)));
        Assert.That(merged.Requests.AchievedRps, Is.EqualTo(1_000 / 10.5).Within(1e-9));
        Assert.That(merged.Requests.RequestedRps, Is.EqualTo(runs.Sum(r => r.Requests.RequestedRps)).Within(1e-9));
        Assert.That(merged.Delivery.EventsPerSecond, Is.EqualTo(runs.Sum(r => r.Delivery.Events) / 10.5).Within(1e-9));
        Assert.That(merged.DurationSeconds, Is.EqualTo(10.5));
        Assert.That(merged.Delivery.Latency.Stats.Count, Is.EqualTo(12));
    }

    [Test]
    public void MergedResultsAddCountsAndRecomputeRates()
    {
        // Given two agents of 100 writes each over 10 s, one with 2 duplicates, the other with 1 lost write
        var a = LoadResults.Create(writes: 100, duplicates: 2, lost: 0, deliveryMicros: [1000, 2000]);
        var b = LoadResults.Create(writes: 100, duplicates: 0, lost: 1, deliveryMicros: [3000]);

        // When
        var merged = LoadResultMerger.Merge([a, b]);

        // Then
        Assert.That((merged.Agents, merged.Requests.Ok, merged.Delivery.Duplicates, merged.Delivery.Lost), Is.EqualTo((2, 200L, 2L, 1L)));
        Assert.That((merged.Delivery.DuplicationRate, merged.Delivery.LossRate), Is.EqualTo((0.01, 0.005)));
        Assert.That(merged.Requests.AchievedRps, Is.EqualTo(20));
        Assert.That(merged.Delivery.Latency.Stats.Count, Is.EqualTo(3));
        Assert.That(merged.Seconds.Single().Duplicates, Is.EqualTo(2));
    }

    [Test]
    public void MergedRunsEvaluateTheirThresholdsAgain()
    {
        var a = LoadResults.Run("a", LoadResults.Create(100, 0, 0, [1000]), "duplication < 1%");
        var b = LoadResults.Run("b", LoadResults.Create(100, 3, 0, [1000]), "duplication < 1%");
        var merged = LoadResultMerger.Merge("m", [a, b]);
        Assert.That((merged.Succeeded, merged.Thresholds.Single().ActualText, merged.Sources.Length), Is.EqualTo((false, "1.5%", 2)));
    }

    private static RecordedLatency Recorded(IEnumerable<long> values)
    {
        var histogram = LatencyHistogram.Create();
        foreach (var value in values)
        {
            histogram.RecordMicroseconds(value);
        }

        return histogram.ToRecorded();
    }

    private static long[] Values(Random random, int count) => [.. Enumerable.Range(0, count).Select(_ => (long)(random.NextDouble() * random.NextDouble() * 500_000))];
}
