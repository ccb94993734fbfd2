using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using S3NotifyConformance.Actions;
using S3NotifyConformance.Collection;
using S3NotifyConformance.Reports.Bench;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Running.Benchmarks;

/// <summary>Benchmark (e): a store's retry storm against the webhook receiver (RGW retries a failing endpoint ~1,500 times a
/// second). A local generator POSTs notifications over many connections; the figures say how many arrived. The bodies are
/// made before the clock starts and both the receiver and the generator are warmed up first, so what is timed is sending,
/// receiving, reading and recording; the generator still shares the process and its two cores with the receiver.</summary>
public static class WebhookStormBenchmark
{
    /// <summary>Records per POST of the batched variant (MinIO and RGW may put several records in one body).</summary>
    public const int BatchRecords = 100;

    /// <summary>Sends <paramref name="posts"/> one-record POSTs over <paramref name="connections"/> connections, stopping at the token.</summary>
    public static Task<WebhookStormFigures> RunAsync(int posts, int connections, CancellationToken cancellationToken) =>
        RunAsync(posts, 1, connections, cancellationToken);

    /// <summary>Sends <paramref name="posts"/> POSTs of <paramref name="recordsPerPost"/> records each.</summary>
    public static async Task<WebhookStormFigures> RunAsync(int posts, int recordsPerPost, int connections, CancellationToken cancellationToken)
    {
        await using var server = await WebhookServer.StartAsync(WebhookSettings.Loopback, HarnessClock.Shared, cancellationToken);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections }) { Timeout = TimeSpan.FromSeconds(60) };

        // Warm-up: the same kind of POSTs into a ledger of their own, so JIT and connections are ready when the clock starts.
        var warmLedger = new EventLedger();
        using (server.Register("warm", "bench", warmLedger))
        {
            await StormAsync(http, server.EndpointFor("warm"), Bodies("warm", Math.Max(1, Math.Min(posts, 20_000 / recordsPerPost) / 4), recordsPerPost), connections, cancellationToken);
        }

        var ledger = new EventLedger();
        using var registration = server.Register("storm", "bench", ledger);
        var bodies = Bodies("storm", posts, recordsPerPost);
        var before = server.Statistics.Posts;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (elapsed, nonSuccess) = await StormAsync(http, server.EndpointFor("storm"), bodies, connections, cancellationToken);
        var spent = Process.GetCurrentProcess().TotalProcessorTime - cpu;

        return new WebhookStormFigures(posts, connections, nonSuccess, server.Statistics.Posts - before, ledger.Snapshot().Length, elapsed)
        {
            RecordsPerPost = recordsPerPost,
            CpuMicrosecondsPerPost = spent.TotalMicroseconds / posts,
        };
    }

    private static byte[][] Bodies(string bucket, int posts, int recordsPerPost) =>
        [.. Enumerable.Range(0, posts).Select(n => Encoding.UTF8.GetBytes(recordsPerPost == 1
            ? SyntheticEvents.Body(bucket, $"storm/{n}", n)
            : SyntheticEvents.Body(bucket, "storm/", (long)n * recordsPerPost, recordsPerPost)))];

    private static async Task<(TimeSpan Elapsed, int NonSuccess)> StormAsync(HttpClient http, Uri endpoint, byte[][] bodies, int connections, CancellationToken cancellationToken)
    {
        var next = -1;
        var nonSuccess = 0;
        var json = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            int number;
            while ((number = Interlocked.Increment(ref next)) < bodies.Length)
            {
                using var content = new ByteArrayContent(bodies[number]);
                content.Headers.ContentType = json;
                using var response = await http.PostAsync(endpoint, content, cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref nonSuccess);
                }
            }
        }));
        return (Stopwatch.GetElapsedTime(started), nonSuccess);
    }
}
