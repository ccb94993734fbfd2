using S3NotifyConformance.Running.Benchmarks;

namespace S3NotifyConformance.Tests.Collection;

/// <summary>Benchmark (f) in small: a few hundred seeded hostile bodies down the SQS path (embedded store, SQS collector) and
/// the webhook path, judged by every rule and fed to a load tracker. The 10,000-body figures come from <c>s3notify bench --only fuzz</c>.</summary>
[NonParallelizable]
public sealed class FuzzedBodyTests
{
    [Test]
    public async Task EveryFuzzedBodyIsRecordedAsEventsOrAsUnreadableWithoutACrash()
    {
        // When
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var (sqs, webhook) = await FuzzBenchmark.RunAsync(300, seed: 20261201, timeout.Token);

        // Then on both paths
        foreach (var path in new[] { sqs, webhook })
        {
            TestContext.Progress.WriteLine(path.ToString());
            Assert.That(path.ExpectedUnreadable, Is.InRange(path.Sent / 2, path.Sent - 10), $"{path.Path}: the mix must hold both kinds");
            Assert.That((path.Received, path.Unaccounted, path.Misjudged, path.Crashes), Is.EqualTo(((long)path.Sent, 0L, 0, 0)), path.Path);
            Assert.That(path.RecordedAsUnreadable, Is.EqualTo(path.ExpectedUnreadable), path.Path);
            Assert.That(path.ReadableFindings, Is.EqualTo(path.ExpectedUnreadable), path.Path);
            Assert.That(path.LoadProblems, Is.GreaterThanOrEqualTo(path.Path == "sqs" ? path.ExpectedUnreadable : 0), path.Path);
        }
    }

    [Test]
    public void TheSameSeedDrawsTheSameBodies()
    {
        var a = new FuzzedBodies(7, webhook: true, 100);
        var b = new FuzzedBodies(7, webhook: true, 100);
        Assert.That(Enumerable.Range(0, 50).Select(_ => a.Next().Bytes), Is.EqualTo(Enumerable.Range(0, 50).Select(_ => b.Next().Bytes)));
    }
}
