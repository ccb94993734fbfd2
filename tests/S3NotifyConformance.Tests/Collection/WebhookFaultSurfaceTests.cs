using System.Diagnostics;
using System.Net;
using S3NotifyConformance.Actions;
using S3NotifyConformance.Collection;
using S3NotifyConformance.Faults;
using S3NotifyConformance.Targets;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Collection;

/// <summary>Endpoint faults on the harness's webhook receiver: what a pushing store sees while one is in force, and after.</summary>
public sealed class WebhookFaultSurfaceTests
{
    private static string Body(string key) => new JsonObject { ["Records"] = new JsonArray(Fakes.Record("ObjectCreated:Put", key)) }.ToJsonString();

    // A client of its own per POST: a pooled connection from another test's receiver must not answer for this one.
    private static async Task<HttpResponseMessage> PostAsync(WebhookServer server, string key)
    {
        using var http = new HttpClient();
        return await http.PostAsync(server.EndpointFor("chan"), new StringContent(Body(key), System.Text.Encoding.UTF8, "application/json"));
    }

    [Test]
    public async Task WhileTheEndpointIsDownAConnectionIsRefusedAndOnceLiftedAPostToTheSameAddressIsRecorded()
    {
        // Given a receiver with a channel, and endpoint-down in force on it
        await using var server = await WebhookServer.StartAsync(WebhookSettings.Loopback, HarnessClock.Shared, CancellationToken.None);
        var ledger = new EventLedger();
        using var registration = server.Register("chan", "sqs-1", ledger);
        var surface = new WebhookFaultSurface(server);
        var fault = FaultSpec.Parse("endpoint-down:at=0s,for=5s");
        await surface.BeginAsync(fault, CancellationToken.None);

        // When the store pushes during the fault, then after it is lifted
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => PostAsync(server, "during"));
        Assert.That(refused!.HttpRequestError, Is.EqualTo(HttpRequestError.ConnectionError));
        await surface.EndAsync(fault, CancellationToken.None);
        using var after = await PostAsync(server, "after");

        // Then the push during the fault was refused and left nothing; the one after it, to the same address, is recorded
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ledger.Snapshot().Select(e => e.Key), Is.EqualTo(new[] { "after" }));
    }

    [Test]
    public async Task WhileTheEndpointErrsAPostIsAnsweredTheStatusAndNotRecorded()
    {
        // Given endpoint-error with status 503 in force
        await using var server = await WebhookServer.StartAsync(WebhookSettings.Loopback, HarnessClock.Shared, CancellationToken.None);
        var ledger = new EventLedger();
        using var registration = server.Register("chan", "sqs-1", ledger);
        await new WebhookFaultSurface(server).BeginAsync(FaultSpec.Parse("endpoint-error:at=0s,for=5s,status=503"), CancellationToken.None);

        // When the store pushes
        using var response = await PostAsync(server, "k");

        // Then it is told the endpoint failed, and the event is not taken as delivered
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(ledger.Snapshot(), Is.Empty);
    }

    [Test]
    public async Task WhileTheEndpointIsSlowAPostIsAnsweredAfterTheDelayAndRecorded()
    {
        // Given endpoint-slow with a 300 ms delay in force
        await using var server = await WebhookServer.StartAsync(WebhookSettings.Loopback, HarnessClock.Shared, CancellationToken.None);
        var ledger = new EventLedger();
        using var registration = server.Register("chan", "sqs-1", ledger);
        await new WebhookFaultSurface(server).BeginAsync(FaultSpec.Parse("endpoint-slow:at=0s,for=5s,delay=300ms"), CancellationToken.None);

        // When the store pushes
        var elapsed = Stopwatch.StartNew();
        using var response = await PostAsync(server, "k");

        // Then the answer waited at least the delay, and the event is recorded
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(elapsed.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(290)));
        Assert.That(ledger.Snapshot().Select(e => e.Key), Is.EqualTo(new[] { "k" }));
    }

    [Test]
    public async Task APusherWithManyKeptAliveConnectionsGetsNoHangingRequestWhenTheEndpointGoesDownAndIsRecordedAfter()
    {
        // Given a receiver, and a store pushing on 64 kept-alive connections at once (as RGW's persistent topics retry)
        await using var server = await WebhookServer.StartAsync(WebhookSettings.Loopback, HarnessClock.Shared, CancellationToken.None);
        var ledger = new EventLedger();
        using var registration = server.Register("chan", "sqs-1", ledger);
        var surface = new WebhookFaultSurface(server);
        var fault = FaultSpec.Parse("endpoint-down:at=0s,for=3s");
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { Timeout = Timeout.InfiniteTimeSpan };
        var hung = 0;
        var failed = 0;
        var n = 0;
        using var stop = new CancellationTokenSource();
        async Task PushAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                // A hang is a request never answered nor failed; 15 s is far beyond any answer on a loaded machine.
                using var call = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                try
                {
                    using var answer = await http.PostAsync(server.EndpointFor("chan"), new StringContent(Body($"k{Interlocked.Increment(ref n)}"), System.Text.Encoding.UTF8, "application/json"), call.Token);
                }
                catch (OperationCanceledException)
                {
                    Interlocked.Increment(ref hung);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failed);
                    await Task.Delay(5);
                }
            }
        }

        var pushers = Enumerable.Range(0, 64).Select(_ => Task.Run(() => PushAsync())).ToArray();
        await Task.Delay(500);

        // When the endpoint goes down while they push, and comes back
        await surface.BeginAsync(fault, CancellationToken.None);
        await Task.Delay(3000);
        await surface.EndAsync(fault, CancellationToken.None);
        var recordedAtEnd = ledger.Snapshot().Length;
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (ledger.Snapshot().Length <= recordedAtEnd && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        await Task.Delay(500);
        await stop.CancelAsync();
        await Task.WhenAll(pushers);

        // Then pushes failed during the outage, none hung, and pushes after it were recorded
        TestContext.Out.WriteLine($"failed {failed}, hung {hung}, recorded {ledger.Snapshot().Length} (at the end of the window {recordedAtEnd})");
        Assert.That(failed, Is.GreaterThan(0));
        Assert.That(hung, Is.Zero);
        Assert.That(ledger.Snapshot().Length, Is.GreaterThan(recordedAtEnd));
    }
}
