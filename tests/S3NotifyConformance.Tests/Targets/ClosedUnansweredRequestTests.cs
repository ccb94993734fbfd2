using System.Net;
using System.Net.Sockets;
using System.Text;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Tests.Targets;

/// <summary>A request whose connection the store closes without answering goes out once more, as browsers and the AWS SDKs
/// send it; a store that never answers still fails the call.</summary>
public sealed class ClosedUnansweredRequestTests
{
    [Test]
    public async Task AFormPostTheStoreClosedUnansweredIsSentOnceMoreAndAnswered()
    {
        // Given a store that reads the first request and closes its connection without a byte, then answers the next
        await using var store = new ClosingStore(closeFirst: 1);
        var monitor = new StoreCallMonitor(TimeSpan.FromSeconds(10), 3);
        using var http = StoreHttpClientFactory.CreateHttpClient(monitor);

        // When a form POST (a body held in memory) is sent
        using var response = await http.PostAsync(store.Url, new ByteArrayContent("field=value"u8.ToArray()));

        // Then it was answered, on the second request the store read, with the same body both times
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(store.Bodies, Is.EqualTo(new[] { "field=value", "field=value" }));
    }

    [Test]
    public async Task AStoreThatClosesEveryRequestUnansweredStillFailsTheCall()
    {
        // Given a store that closes every connection without answering
        await using var store = new ClosingStore(closeFirst: int.MaxValue);
        var monitor = new StoreCallMonitor(TimeSpan.FromSeconds(10), 3);
        using var http = StoreHttpClientFactory.CreateHttpClient(monitor);

        // When / Then the call fails after one more attempt, not more
        var e = await Assert.ThrowsAsync<HttpRequestException>(() => http.PostAsync(store.Url, new ByteArrayContent("x"u8.ToArray())));
        Assert.That(store.Bodies, Has.Count.EqualTo(2), e!.Message);
    }

    /// <summary>A loopback HTTP/1.1 server that closes the first <c>closeFirst</c> requests' connections after reading them.</summary>
    private sealed class ClosingStore : IAsyncDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _serving;
        private readonly int _closeFirst;

        public ClosingStore(int closeFirst)
        {
            _closeFirst = closeFirst;
            _listener.Start();
            Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/bucket");
            _serving = ServeAsync();
        }

        public Uri Url { get; }

        public List<string> Bodies { get; } = [];

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            _listener.Stop();
            try
            {
                await _serving;
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
            }

            _stop.Dispose();
        }

        private async Task ServeAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                var stream = client.GetStream();
                var body = await ReadRequestBodyAsync(stream, _stop.Token);
                lock (Bodies)
                {
                    Bodies.Add(body);
                }

                if (Bodies.Count > _closeFirst)
                {
                    await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray(), _stop.Token);
                }
            }
        }

        private static async Task<string> ReadRequestBodyAsync(NetworkStream stream, CancellationToken cancellationToken)
        {
            var received = new List<byte>();
            var buffer = new byte[4096];
            while (true)
            {
                var text = Encoding.ASCII.GetString([.. received]);
                var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                if (end >= 0)
                {
                    var length = int.Parse(text.Split("\r\n").First(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)).Split(':')[1].Trim());
                    if (received.Count >= end + 4 + length)
                    {
                        return text.Substring(end + 4, length);
                    }
                }

                var read = await stream.ReadAsync(buffer, cancellationToken);
                if (read == 0)
                {
                    return Encoding.ASCII.GetString([.. received]);
                }

                received.AddRange(buffer.AsSpan(0, read).ToArray());
            }
        }
    }
}
