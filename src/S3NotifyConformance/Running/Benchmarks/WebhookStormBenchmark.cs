using System.Diagnostics;
using System.Text;
using S3NotifyConformance.Actions;
using S3NotifyConformance.Collection;
using S3NotifyConformance.Reports.Bench;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Running.Benchmarks;

/// <summary>Benchmark (e): a store's retry storm against the webhook receiver (RGW retries a failing endpoint ~1,500 times a
/// second). A local generator POSTs one-record notifications over many connections; the figures say how many arrived.</summary>
public static class WebhookStormBenchmark
{
    /// <summary>Sends <paramref name="posts"/> POSTs over <paramref name="connections"/> connections, stopping at the token.</summary>
    public static async Task<WebhookStormFigures> RunAsync(int posts, int connections, CancellationToken cancellationToken)
    {
        await using var server = await WebhookServer.StartAsync(WebhookSettings.Loopback, HarnessClock.Shared, cancellationToken);
        var ledger = new EventLedger();
        using var registration = server.Register("storm", "bench", ledger);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections }) { Timeout = TimeSpan.FromSeconds(30) };
        var endpoint = server.EndpointFor("storm");
        var next = 0;
        var nonSuccess = 0;

        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            int number;
            while ((number = Interlocked.Increment(ref next)) <= posts)
            {
                using var content = new StringContent(SyntheticEvents.Body("storm", $"storm/{number}", number), Encoding.UTF8, "application/json");
                using var response = await http.PostAsync(endpoint, content, cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref nonSuccess);
                }
            }
        }));
        var elapsed = Stopwatch.GetElapsedTime(started);

        return new WebhookStormFigures(posts, connections, nonSuccess, server.Statistics.Posts, ledger.Snapshot().Length, elapsed);
    }
}
