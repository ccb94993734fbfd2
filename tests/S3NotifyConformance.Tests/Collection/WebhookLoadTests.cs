using System.Diagnostics;
using S3NotifyConformance.Actions;
using S3NotifyConformance.Collection;
using S3NotifyConformance.Targets;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Collection;

/// <summary>The receiver absorbs a store's retry storm (RGW retries a failing endpoint ~1,500 times a second): 20,000 POSTs
/// from a local generator within 10 s, and none lost.</summary>
[NonParallelizable]
public sealed class WebhookLoadTests
{
    private const int Posts = 20_000;
    private const int Concurrency = 64;

    [Test]
    public async Task TwentyThousandPostsInTenSecondsAreAllRecorded()
    {
        // Given a receiver with one channel, and a generator with 64 connections
        await using var server = await WebhookServer.StartAsync(WebhookSettings.Loopback, HarnessClock.Shared, CancellationToken.None);
        var ledger = new EventLedger();
        using var registration = server.Register("storm", "sqs-1", ledger);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency }) { Timeout = TimeSpan.FromSeconds(10) };
        var endpoint = server.EndpointFor("storm");
        var body = new JsonObject { ["Records"] = new JsonArray(Fakes.Record("ObjectCreated:Put", "storm-key")) }.ToJsonString();
        var next = 0;
        var failed = 0;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        // When
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= Posts && !deadline.IsCancellationRequested)
            {
                using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
                using var response = await http.PostAsync(endpoint, content, deadline.Token);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }));
        watch.Stop();

        // Then
        var statistics = server.Statistics;
        TestContext.Out.WriteLine($"webhook load: {Posts} POSTs sent in {watch.Elapsed.TotalSeconds:0.00} s ({Posts / watch.Elapsed.TotalSeconds:0} POST/s); " +
                                  $"received {statistics.Posts}, recorded {ledger.Snapshot().Length} events, {failed} non-2xx answers");
        Assert.That(failed, Is.Zero);
        Assert.That(statistics.Posts, Is.EqualTo(Posts));
        Assert.That(ledger.Snapshot(), Has.Length.EqualTo(Posts));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }
}
