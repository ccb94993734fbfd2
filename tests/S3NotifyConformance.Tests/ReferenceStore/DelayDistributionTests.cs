using S3NotifyConformance.ReferenceStore;

namespace S3NotifyConformance.Tests.ReferenceStoreTests;

public sealed class DelayDistributionTests
{
    [TestCase("none", DelayDistributionKind.None)]
    [TestCase("fixed:20ms", DelayDistributionKind.Fixed)]
    [TestCase("uniform:10ms..50ms", DelayDistributionKind.Uniform)]
    [TestCase("normal:mean=30ms,sd=5ms", DelayDistributionKind.Normal)]
    [TestCase("exp:mean=20ms", DelayDistributionKind.Exponential)]
    public void ParseReadsEveryKindAndToStringRoundTrips(string text, DelayDistributionKind kind)
    {
        // Given / When
        var distribution = DelayDistribution.Parse(text);

        // Then
        Assert.That(distribution.Kind, Is.EqualTo(kind));
        Assert.That(distribution.ToString(), Is.EqualTo(text));
        Assert.That(DelayDistribution.Parse(distribution.ToString()), Is.EqualTo(distribution));
    }

    [Test]
    public void ParseAcceptsSecondsAndSpaces()
    {
        // Given / When
        var distribution = DelayDistribution.Parse(" uniform: 0.5s .. 1s ");

        // Then
        Assert.That(distribution, Is.EqualTo(DelayDistribution.Uniform(500, 1000)));
        Assert.That(distribution.ToString(), Is.EqualTo("uniform:500ms..1000ms"));
    }

    [TestCase("fixed")]
    [TestCase("fixed:abc")]
    [TestCase("uniform:50ms..10ms")]
    [TestCase("uniform:10ms")]
    [TestCase("normal:sd=5ms")]
    [TestCase("exp:20ms")]
    [TestCase("poisson:mean=3ms")]
    [TestCase("fixed:-5ms")]
    public void ParseRejectsBadInputWithArgumentException(string text)
    {
        // Given / When / Then
        var error = Assert.Throws<ArgumentException>(() => DelayDistribution.Parse(text));
        Assert.That(error!.Message, Does.Contain("delay"));
    }

    [Test]
    public void SamplesStayWithinTheDistributionBounds()
    {
        // Given
        var random = new Random(7);
        var uniform = DelayDistribution.Uniform(10, 50);
        var normal = DelayDistribution.Normal(5, 50);

        // When
        var uniformSamples = Enumerable.Range(0, 1000).Select(_ => uniform.SampleMilliseconds(random)).ToList();
        var normalSamples = Enumerable.Range(0, 1000).Select(_ => normal.SampleMilliseconds(random)).ToList();

        // Then
        Assert.That(uniformSamples, Is.All.InRange(10.0, 50.0));
        Assert.That(normalSamples, Is.All.GreaterThanOrEqualTo(0.0));
        Assert.That(DelayDistribution.Fixed(20).SampleMilliseconds(random), Is.EqualTo(20));
    }
}
