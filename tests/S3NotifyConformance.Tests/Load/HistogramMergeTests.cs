using S3NotifyConformance.Load;

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

    private static long[] Values(Random random, int count) => [.. Enumerable.Range(0, count).Select(_ => (long)(random.NextDouble() * random.NextDouble() * 500_000))];
}
