using S3NotifyConformance.Load;

namespace S3NotifyConformance.Tests.Load;

/// <summary>A run compared with a baseline regresses only beyond the bound and the noise floor.</summary>
public sealed class LoadComparisonTests
{
    [Test]
    public void ARunComparedWithItselfHasNoRegression()
    {
        var run = LoadResults.Run("a", LoadResults.Create(100, 1, 0, [1000, 2000, 5000]));
        var comparison = LoadComparison.Compare(run, run, 0.10);
        Assert.That(comparison.HasRegression, Is.False);
        Assert.That(comparison.Deltas.Select(d => d.RelativeChange ?? 0), Is.All.EqualTo(0));
    }

    [Test]
    public void AddedDeliveryDelayIsARegression()
    {
        // Given a baseline delivering in ~1-5 ms and a current run 30 ms slower
        var baseline = LoadResults.Run("a", LoadResults.Create(100, 0, 0, [1000, 2000, 5000]));
        var current = LoadResults.Run("b", LoadResults.Create(100, 0, 0, [31000, 32000, 35000]));

        // When
        var comparison = LoadComparison.Compare(baseline, current, 0.10);

        // Then
        Assert.That(comparison.HasRegression, Is.True);
        Assert.That(comparison.Deltas.Where(d => d.IsRegression).Select(d => d.Metric), Does.Contain("delivery.p50").And.Contain("delivery.p99"));
    }

    [Test]
    public void SubMillisecondJitterIsBelowTheNoiseFloor()
    {
        var baseline = LoadResults.Run("a", LoadResults.Create(100, 0, 0, [100, 200, 300]));
        var current = LoadResults.Run("b", LoadResults.Create(100, 0, 0, [400, 600, 900]));
        Assert.That(LoadComparison.Compare(baseline, current, 0.10).HasRegression, Is.False);
    }

    [Test]
    public void LossFromZeroIsARegressionAndLessLossAnImprovement()
    {
        var clean = LoadResults.Run("a", LoadResults.Create(1000, 0, 0, [1000]));
        var lossy = LoadResults.Run("b", LoadResults.Create(1000, 0, 5, [1000]));
        Assert.That(LoadComparison.Compare(clean, lossy, 0.10).Deltas.Single(d => d.Metric == "loss").IsRegression, Is.True);
        Assert.That(LoadComparison.Compare(lossy, clean, 0.10).Deltas.Single(d => d.Metric == "loss").IsImprovement, Is.True);
    }
}
