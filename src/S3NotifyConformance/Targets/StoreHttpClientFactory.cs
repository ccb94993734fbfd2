using Amazon.Runtime;

namespace S3NotifyConformance.Targets;

/// <summary>The HTTP client an SDK client of one connection uses: every request passes the connection's
/// <see cref="StoreCallDeadlineHandler"/> (and, for S3, the <see cref="ErrorBodyCapture"/>). One HttpClient per SDK client, not
/// the SDK's process-wide cache, which would share one connection's monitor with another's.</summary>
public sealed class StoreHttpClientFactory(StoreCallMonitor monitor, ErrorBodyCapture? errorBodies = null) : HttpClientFactory
{
    private readonly Lock _lock = new();
    private HttpClient? _client;

    /// <summary>An HttpClient whose requests <paramref name="monitor"/> bounds, over a handler of its own.</summary>
    public static HttpClient CreateHttpClient(StoreCallMonitor monitor, TimeSpan? connectTimeout = null, DelegatingHandler? outer = null)
    {
        HttpMessageHandler handler = new StoreCallDeadlineHandler(monitor)
        {
            InnerHandler = new SocketsHttpHandler { ConnectTimeout = connectTimeout ?? Min(monitor.CallTimeout, TimeSpan.FromSeconds(3)) },
        };
        if (outer is not null)
        {
            outer.InnerHandler = handler;
            handler = outer;
        }

        // The deadline handler bounds each call; HttpClient's own timeout would cancel the caller's token first and look like Ctrl+C.
        return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <inheritdoc />
    public override HttpClient CreateHttpClient(IClientConfig clientConfig)
    {
        lock (_lock)
        {
            return _client ??= CreateHttpClient(monitor, clientConfig.ConnectTimeout, errorBodies?.CreateHandler());
        }
    }

    /// <inheritdoc />
    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

    /// <inheritdoc />
    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => false;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
