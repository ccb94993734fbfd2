using System.Collections.Concurrent;
using Amazon.Runtime;

namespace S3NotifyConformance.Targets;

/// <summary>Keeps the raw body of S3 error answers by request id: the SDK's exception carries code and message but not the
/// ArgumentName/ArgumentValue (or numbered) fields that AWS's validation errors are judged on.</summary>
public sealed class ErrorBodyCapture : HttpClientFactory
{
    private const int MaxKept = 10_000;
    private readonly ConcurrentDictionary<string, string> _bodies = new();
    private readonly ConcurrentQueue<string> _order = new();

    /// <summary>The error body S3 sent with a request id, if it was captured.</summary>
    public string? BodyOf(string? requestId) => requestId is not null && _bodies.TryGetValue(requestId, out var body) ? body : null;

    /// <inheritdoc />
    public override HttpClient CreateHttpClient(IClientConfig clientConfig) =>
        new(new CaptureHandler(this) { InnerHandler = new SocketsHttpHandler { ConnectTimeout = clientConfig.ConnectTimeout ?? TimeSpan.FromSeconds(10) } })
        {
            Timeout = clientConfig.Timeout ?? TimeSpan.FromSeconds(100),
        };

    /// <summary>A handler that keeps error bodies here, to put in front of another handler.</summary>
    public DelegatingHandler CreateHandler() => new CaptureHandler(this);

    private void Keep(string requestId, string body)
    {
        if (_bodies.TryAdd(requestId, body))
        {
            _order.Enqueue(requestId);
        }

        while (_order.Count > MaxKept && _order.TryDequeue(out var oldest))
        {
            _bodies.TryRemove(oldest, out _);
        }
    }

    private sealed class CaptureHandler(ErrorBodyCapture capture) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if ((int)response.StatusCode < 400 || !response.Headers.TryGetValues("x-amz-request-id", out var ids))
            {
                return response;
            }

            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var replacement = new ByteArrayContent(bytes);
            foreach (var header in response.Content.Headers)
            {
                replacement.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content = replacement;
            capture.Keep(ids.First(), System.Text.Encoding.UTF8.GetString(bytes));
            return response;
        }
    }
}
