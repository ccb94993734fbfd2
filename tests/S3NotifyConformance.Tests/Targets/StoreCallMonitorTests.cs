using System.Net;
using System.Net.Sockets;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Tests.Targets;

/// <summary>A call nobody answers ends at the call timeout as an error naming it; the caller's own cancellation stays a
/// cancellation; enough unanswered calls in a row make the store unresponsive.</summary>
public sealed class StoreCallMonitorTests
{
    private TcpListener _silent = null!;
    private readonly List<Socket> _accepted = [];

    [SetUp]
    public void StartSilentServer()
    {
        // Accepts connections and never answers: what a SIGSTOP'd store looks like from outside.
        _silent = new TcpListener(IPAddress.Loopback, 0);
        _silent.Start();
        _ = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    _accepted.Add(await _silent.AcceptSocketAsync());
                }
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
            }
        });
    }

    [TearDown]
    public void StopSilentServer()
    {
        _silent.Stop();
        foreach (var socket in _accepted.ToArray())
        {
            socket.Dispose();
        }
    }

    private Uri Url(string path) => new($"http://127.0.0.1:{((IPEndPoint)_silent.LocalEndpoint).Port}{path}");

    [Test]
    public async Task AnUnansweredCallIsATimeoutNamingTheOperationAndTheWait()
    {
        // Given
        var monitor = new StoreCallMonitor(TimeSpan.FromMilliseconds(300), 3);
        using var http = StoreHttpClientFactory.CreateHttpClient(monitor);

        // When
        var error = await Assert.ThrowsAsync<StoreCallTimeoutException>(() => http.PutAsync(Url("/bucket/key"), new ByteArrayContent([1])));

        // Then
        Assert.That(error!.Message, Does.Contain("S3 PutObject PUT /bucket/key").And.Contain("no answer within 0."));
        Assert.That(error.Waited, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(250)));
        Assert.That(monitor.IsUnresponsive, Is.False);
    }

    [Test]
    public async Task TheCallersCancellationStaysACancellationAndIsNotCounted()
    {
        // Given
        var monitor = new StoreCallMonitor(TimeSpan.FromSeconds(30), 1);
        using var http = StoreHttpClientFactory.CreateHttpClient(monitor);
        using var user = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        // When
        var error = await Assert.CatchAsync<OperationCanceledException>(() => http.GetAsync(Url("/"), user.Token));

        // Then
        Assert.That(error, Is.Not.InstanceOf<StoreCallTimeoutException>());
        Assert.That(monitor.IsUnresponsive, Is.False);
        Assert.That(monitor.Describe(), Does.Contain("0 unanswered"));
    }

    [Test]
    public async Task UnansweredCallsInARowMakeTheStoreUnresponsiveAndLaterCallsFailFastUntilRearmed()
    {
        // Given
        var monitor = new StoreCallMonitor(TimeSpan.FromMilliseconds(200), 2);
        using var http = StoreHttpClientFactory.CreateHttpClient(monitor);

        // When two calls go unanswered
        await Assert.ThrowsAsync<StoreCallTimeoutException>(() => http.GetAsync(Url("/a")));
        Assert.That(monitor.Unresponsive.IsCancellationRequested, Is.False);
        await Assert.ThrowsAsync<StoreCallTimeoutException>(() => http.DeleteAsync(Url("/a")));

        // Then
        Assert.That(monitor.Unresponsive.IsCancellationRequested, Is.True);
        Assert.That(monitor.UnresponsiveReason, Does.Contain("store unresponsive").And.Contain(Url("/").GetLeftPart(UriPartial.Authority)).And.Contain("DeleteBucket"));
        var fast = await Assert.ThrowsAsync<StoreUnresponsiveException>(() => http.GetAsync(Url("/b")));
        Assert.That(fast!.Message, Does.Contain("not sent"));
        monitor.Rearm();
        await Assert.ThrowsAsync<StoreCallTimeoutException>(() => http.GetAsync(Url("/b")));
    }

    [Test]
    public async Task OperationsListedOneAtATimeWaitForTheirTurnAndOthersDoNot()
    {
        // Given a store that takes CreateTopic one call at a time, and one such call under way
        var monitor = new StoreCallMonitor(TimeSpan.FromSeconds(5), 3, ["CreateTopic"]);
        var first = await monitor.TurnAsync("SNS CreateTopic", CancellationToken.None);

        // When another CreateTopic and a PutObject come
        var second = monitor.TurnAsync("SNS CreateTopic", CancellationToken.None);
        var other = await monitor.TurnAsync("S3 PutObject PUT /bucket/key", CancellationToken.None);

        // Then the PutObject goes at once, the CreateTopic only when the first is answered
        Assert.That(other, Is.Null);
        Assert.That(first, Is.Not.Null);
        Assert.That(second.IsCompleted, Is.False);
        first!.Dispose();
        first.Dispose();
        using var turn = await second.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.That(turn, Is.Not.Null);
        Assert.That(monitor.TurnAsync("SNS CreateTopic", CancellationToken.None).IsCompleted, Is.False, "a turn given back twice counts once");
    }

    [Test]
    public async Task TheTallySaysWhereTheStoreTimeWentPerOperationWithTheWaitsForATurn()
    {
        // Given a store that takes CreateTopic one call at a time, one such call holding the turn ~200 ms
        var monitor = new StoreCallMonitor(TimeSpan.FromSeconds(5), 3, ["CreateTopic"]);
        var first = await monitor.TurnAsync("SNS CreateTopic", CancellationToken.None);
        var second = monitor.TurnAsync("SNS CreateTopic", CancellationToken.None);
        await Task.Delay(200);
        first!.Dispose();
        (await second)!.Dispose();

        // When calls are answered
        monitor.Answered("http://store", "SNS CreateTopic", TimeSpan.FromMilliseconds(40));
        monitor.Answered("http://store", "SNS CreateTopic", TimeSpan.FromMilliseconds(60));
        monitor.Answered("http://store", "S3 PutObject PUT /bucket/key", TimeSpan.FromMilliseconds(30));

        // Then the tally has them per operation name, and the second CreateTopic's wait for its turn
        var tally = monitor.Tally.Snapshot();
        Assert.That(tally["CreateTopic"].Calls, Is.EqualTo(2));
        Assert.That(tally["CreateTopic"].Answering, Is.EqualTo(TimeSpan.FromMilliseconds(100)));
        Assert.That(tally["CreateTopic"].WaitingForTurn, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(150)));
        Assert.That(tally["PutObject"].Calls, Is.EqualTo(1));
        Assert.That(monitor.Tally.Describe(), Does.Contain("CreateTopic 2 × 50 ms = 0.1 s").And.Contain("waiting for a one-at-a-time turn: CreateTopic"));
    }
}
