using S3NotifyConformance.Load;

namespace S3NotifyConformance.Tests.Load;

/// <summary>Thresholds parse with units that fit their metric and evaluate against a result.</summary>
public sealed class ThresholdTests
{
    [TestCase("delivery.p99 < 500ms", "delivery.p99", ThresholdOperator.LessThan, 500)]
    [TestCase("delivery.p99<0.5s", "delivery.p99", ThresholdOperator.LessThan, 500)]
    [TestCase("duplication < 1%", "duplication", ThresholdOperator.LessThan, 0.01)]
    [TestCase("loss == 0", "loss", ThresholdOperator.Equal, 0)]
    [TestCase("rps >= 490", "rps", ThresholdOperator.GreaterOrEqual, 490)]
    [TestCase("events.rps > 10/s", "events.rps", ThresholdOperator.GreaterThan, 10)]
    [TestCase("request.p50 <= 3", "request.p50", ThresholdOperator.LessOrEqual, 3)]
    [TestCase("lost != 1", "lost", ThresholdOperator.NotEqual, 1)]
    public void ParsesMetricOperatorAndValueInTheMetricsUnit(string text, string metric, ThresholdOperator op, double value) =>
        Assert.That(Threshold.Parse(text), Is.EqualTo(new Threshold(text, metric, op, value)));

    [TestCase("delivery.p99 500ms", "is not METRIC OP VALUE")]
    [TestCase("latency < 5ms", "unknown metric 'latency'")]
    [TestCase("duplication < 5ms", "cannot take 'ms'")]
    [TestCase("lost < 5%", "cannot take '%'")]
    public void RefusesWhatItCannotRead(string text, string reason) =>
        Assert.That(Assert.Throws<LoadPlanException>(() => Threshold.Parse(text))!.Message, Does.Contain(reason));

    [Test]
    public void EvaluatesAgainstAResultAndSaysTheActualValue()
    {
        // Given a result with 2 duplicates of 100 writes and no loss
        var result = LoadResults.Create(writes: 100, duplicates: 2, lost: 0, deliveryMicros: [1000, 2000, 300_000]);

        // When
        var evaluated = LoadRunResult.Evaluate([Threshold.Parse("duplication < 1%"), Threshold.Parse("loss == 0"), Threshold.Parse("delivery.max < 500ms")], result);

        // Then failed ones come first
        Assert.That(evaluated.Select(t => (t.Threshold, t.Passed, t.ActualText)), Is.EqualTo(new[]
        {
            ("duplication < 1%", false, "2%"), ("loss == 0", true, "0%"), ("delivery.max < 500ms", true, "300 ms"),
        }));
    }
}
