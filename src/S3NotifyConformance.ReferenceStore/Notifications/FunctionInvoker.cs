using System.Net.Http.Headers;
using System.Threading.Channels;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>Invokes registered functions the way S3 invokes Lambda: asynchronously, with the event as the request body
/// (<c>{"Records":[record]}</c>, the payload LBD::test_create_object_put_via_dynamodb recorded), by POSTing it to the function's
/// URL. Each URL has one sender, so a function sees its events in emission order; a failed POST is tried twice more, as Lambda
/// retries a failed asynchronous invocation twice ("Asynchronous invocation", AWS Lambda Developer Guide).</summary>
internal sealed class FunctionInvoker : IAsyncDisposable
{
    private const int Attempts = 3;

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly Dictionary<Uri, Channel<string>> _senders = [];
    private readonly List<Task> _loops = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _lock = new();
    private long _failed;

    /// <summary>Invocations that failed every attempt.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Queues one invocation; never blocks.</summary>
    public void Invoke(RegisteredFunction function, string body)
    {
        lock (_lock)
        {
            if (!_senders.TryGetValue(function.Url, out var channel))
            {
                channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
                _senders[function.Url] = channel;
                _loops.Add(Task.Run(() => SendAllAsync(function.Url, channel.Reader, _stop.Token)));
            }

            channel.Writer.TryWrite(body);
        }
    }

    private async Task SendAllAsync(Uri url, ChannelReader<string> reader, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var body in reader.ReadAllAsync(cancellationToken))
            {
                if (!await SendAsync(url, body, cancellationToken))
                {
                    Interlocked.Increment(ref _failed);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task<bool> SendAsync(Uri url, string body, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            try
            {
                using var content = new StringContent(body, Encoding.UTF8);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await _http.PostAsync(url, content, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
            }
        }

        return false;
    }

    /// <summary>Stops every sender; invocations not yet sent are abandoned.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        Task[] loops;
        lock (_lock)
        {
            foreach (var channel in _senders.Values)
            {
                channel.Writer.TryComplete();
            }

            loops = [.. _loops];
        }

        await Task.WhenAll(loops);
        _http.Dispose();
        _stop.Dispose();
    }
}
