using S3NotifyConformance.Running.Benchmarks;

namespace S3NotifyConformance.Tests.Collection;

/// <summary>The receiver absorbs a store's retry storm: 20,000 POSTs from a local generator over 64 connections, none lost. How fast
/// is benchmark (e)'s business (<c>s3notify bench --only webhook</c>); this test prints the figure and asserts the count.</summary>
[NonParallelizable]
public sealed class WebhookLoadTests
{
    [Test]
    public async Task TwentyThousandPostsAreAllRecorded()
    {
        // Given a generator bounded in time
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        // When
        var storm = await WebhookStormBenchmark.RunAsync(20_000, 64, deadline.Token);

        // Then
        TestContext.Out.WriteLine($"webhook storm: {storm.Sent} POSTs in {storm.Elapsed.TotalSeconds:0.00} s ({storm.PostsPerSecond:0} POST/s); " +
                                  $"received {storm.Received}, recorded {storm.Recorded}, {storm.NonSuccessAnswers} non-2xx answers");
        Assert.That((storm.NonSuccessAnswers, storm.Received, storm.Recorded), Is.EqualTo((0, 20_000L, 20_000L)));
    }
}
