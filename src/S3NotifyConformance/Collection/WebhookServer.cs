using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using S3NotifyConformance.Actions;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Collection;

/// <summary>The run's HTTP receiver for stores that push events (Ceph RGW topics, MinIO webhook targets): one Kestrel host,
/// <c>POST /{channel}</c> per destination. Each body (RGW's <c>{"Records":[...]}</c>, MinIO's
/// <c>{"EventName":...,"Key":...,"Records":[...]}</c>, one or many records) is timestamped on arrival, parsed and appended to
/// the ledger of the scenario that registered the channel, and answered 200 at once: a sync RGW topic holds the S3 request
/// until the answer, and a persistent one retries a failing endpoint ~1,500 times a second (ceph-rgw NOTES.md).
/// A POST whose path is no channel is routed by the records' bucket (a store-side endpoint, as MinIO's, has one fixed path);
/// failing that it is counted as unknown, never silently dropped. A body that is not UTF-8, not JSON or no notification is
/// recorded as unreadable in the channel's ledger (a <c>delivery.readable</c> finding), counted, and answered 200 too.</summary>
public sealed class WebhookServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Registration> _channels = new(StringComparer.Ordinal);
    private readonly WebhookSettings _settings;
    private readonly HarnessClock _clock;
    private WebApplication? _app;
    private int _port;
    private long _posts;
    private long _routed;
    private long _unknown;
    private long _unauthorized;
    private long _tooLarge;
    private long _records;
    private long _unreadable;
    private long _disrupted;
    private volatile WebhookDisruption? _disruption;

    private WebhookServer(WebhookSettings settings, HarnessClock clock)
    {
        _settings = settings;
        _clock = clock;
    }

    /// <summary>The URL a store posts to; a channel's endpoint is this plus the channel.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Counters so far.</summary>
    public WebhookStatistics Statistics => new(
        Interlocked.Read(ref _posts), Interlocked.Read(ref _routed), Interlocked.Read(ref _unknown),
        Interlocked.Read(ref _unauthorized), Interlocked.Read(ref _tooLarge), Interlocked.Read(ref _records), Interlocked.Read(ref _unreadable));

    /// <summary>POSTs held or answered an error status by a disruption (endpoint-slow, endpoint-error) so far; connections refused
    /// while not listening (endpoint-down) never reach the receiver and are not counted.</summary>
    public long Disrupted => Interlocked.Read(ref _disrupted);

    /// <summary>Puts <paramref name="disruption"/> in force for every POST from now on (null lifts it): an endpoint fault the
    /// harness applies to what it owns.</summary>
    public void Disrupt(WebhookDisruption? disruption) => _disruption = disruption;

    /// <summary>Starts listening as the settings say; throws <see cref="TargetSetupException"/> when the address cannot be bound.</summary>
    public static async Task<WebhookServer> StartAsync(WebhookSettings settings, HarnessClock clock, CancellationToken cancellationToken)
    {
        var server = new WebhookServer(settings, clock);
        await server.ListenAsync(cancellationToken);
        return server;
    }

    /// <summary>The endpoint a destination's events go to.</summary>
    public Uri EndpointFor(string channel) => new(BaseUrl, Uri.EscapeDataString(channel));

    /// <summary>Routes POSTs for <paramref name="channel"/> into <paramref name="sink"/> until the registration is disposed.</summary>
    public IDisposable Register(string channel, string destinationName, IEventSink sink)
    {
        var registration = new Registration(this, channel, destinationName, sink);
        if (!_channels.TryAdd(channel, registration))
        {
            throw new InvalidOperationException($"webhook channel '{channel}' is already registered");
        }

        return registration;
    }

    /// <summary>Stops listening (endpoint-down): connections to the receiver are refused until <see cref="ListenAgainAsync"/>;
    /// registrations stay. POSTs under way are given up to <paramref name="grace"/> to finish.</summary>
    public async Task StopListeningAsync(TimeSpan grace)
    {
        if (_app is { } app)
        {
            _app = null;
            using var timeout = new CancellationTokenSource(grace);
            await app.StopAsync(timeout.Token);
            await app.DisposeAsync();
        }
    }

    /// <summary>Listens again on the same port after <see cref="StopListeningAsync"/> (a no-op while listening).</summary>
    public Task ListenAgainAsync(CancellationToken cancellationToken) => _app is null ? ListenAsync(cancellationToken, _port) : Task.CompletedTask;

    private async Task ListenAsync(CancellationToken cancellationToken, int? port = null)
    {
        if (!IPAddress.TryParse(_settings.BindAddress, out var address))
        {
            throw new TargetSetupException($"webhook bind address '{_settings.BindAddress}' is not an IP address");
        }

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options =>
        {
            options.Listen(address, port ?? _settings.Port);
            options.AddServerHeader = false;
            options.Limits.MaxRequestBodySize = _settings.MaxBodyBytes;
            options.Limits.MaxConcurrentConnections = null;
        });
        var app = builder.Build();
        app.Run(HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            await app.DisposeAsync();
            throw new TargetSetupException($"webhook receiver cannot listen on {_settings.BindAddress}:{port ?? _settings.Port}: {e.Message}", e);
        }

        _port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        var host = address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) ? "127.0.0.1" : _settings.BindAddress;
        BaseUrl = _settings.PublicBaseUrl ?? new Uri($"http://{(address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 && host != "127.0.0.1" ? $"[{host}]" : host)}:{_port}/");
        _app = app;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method))
        {
            // Stores probe their endpoint before use (a GET or HEAD): answer, record nothing.
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        if (_disruption is { } disruption && await DisruptAsync(disruption, context))
        {
            return;
        }

        var received = _clock.Now();
        var postNumber = Interlocked.Increment(ref _posts);
        if (_settings.Token is { } token && request.Headers.Authorization.ToString() != $"Bearer {token}")
        {
            Interlocked.Increment(ref _unauthorized);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        string body;
        string? problem;
        try
        {
            (body, problem) = await ReadBodyAsync(request, context.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            Interlocked.Increment(ref _tooLarge);
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        // Answered 200 whatever the body holds: it is recorded (as records or as unreadable), and a store must not retry it forever.
        var channel = Uri.UnescapeDataString(request.Path.Value?.Trim('/') ?? string.Empty);
        // Read once: into whole records for a sink that keeps them (the conformance ledger), which then takes this reading;
        // otherwise only glanced at here for the counters (and a path that is no channel, the bucket), and the sink reads only
        // what it needs (a load run: key, name, sequencer).
        _channels.TryGetValue(channel, out var registration);
        IReadOnlyList<NotificationMessageParser.Parsed>? parsed = null;
        int records;
        bool unreadable;
        if (problem is not null)
        {
            (records, unreadable) = (1, true);
        }
        else if (registration is { Sink.ReadsWholeRecords: true })
        {
            parsed = NotificationMessageParser.Parse(body, "webhook");
            (records, unreadable) = (parsed.Count, parsed.Any(p => p.Problem is not null));
        }
        else
        {
            (records, unreadable, var bucket) = Glance(body);
            registration ??= RouteByBucket(bucket);
        }

        if (unreadable)
        {
            Interlocked.Increment(ref _unreadable);
        }

        if (registration is not null)
        {
            var message = new DeliveredMessage(registration.DestinationName, "webhook", $"webhook-{postNumber}", body, received, _clock.ToUtc(received), null, 1, problem)
            {
                Parsed = registration.Sink.ReadsWholeRecords ? parsed : null,
            };
            try
            {
                registration.Sink.Accept([message]);
            }
            catch (Exception e)
            {
                registration.Sink.RecordProblem($"webhook POST {postNumber} could not be recorded ({e.GetType().Name}: {BodyExcerpt.Of(e.Message, 300)}); body: {BodyExcerpt.Of(body)}");
            }

            Interlocked.Increment(ref _routed);
            Interlocked.Add(ref _records, records);
        }
        else
        {
            Interlocked.Increment(ref _unknown);
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    // The body's bytes gathered in a pooled buffer (no copy per growth, none left behind) and decoded strictly, as Utf8Body says.
    private static async Task<(string Body, string? Problem)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is > 0 and <= 16 << 20 and var length ? (int)length : 4096);
        var filled = 0;
        try
        {
            while (true)
            {
                if (filled == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(filled), cancellationToken);
                if (read == 0)
                {
                    return Utf8Body.Decode(buffer.AsSpan(0, filled));
                }

                filled += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // True when the POST was answered by the disruption (an error status); false when it was only delayed and goes on.
    private async Task<bool> DisruptAsync(WebhookDisruption disruption, HttpContext context)
    {
        Interlocked.Increment(ref _disrupted);
        if (disruption.Status is { } status)
        {
            context.Response.StatusCode = status;
            return true;
        }

        await Task.Delay(disruption.Delay ?? TimeSpan.Zero, context.RequestAborted).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return context.RequestAborted.IsCancellationRequested;
    }

    // A path that is no channel: channels are named "{bucket}-{destination}" (ResourceNames.Destination), so a record's bucket
    // finds its scenario.
    private Registration? RouteByBucket(string? bucket) =>
        bucket is null ? null : _channels.Values.Where(r => r.Channel.StartsWith(bucket + "-", StringComparison.Ordinal)).MinBy(r => r.Channel, StringComparer.Ordinal);

    // The entries the body makes in a ledger (one per record, or one for a test event or an unreadable body), whether any part
    // of it is unreadable, and the bucket its first readable record or test event names. Read as every path reads.
    private static (int Records, bool Unreadable, string? Bucket) Glance(string body)
    {
        using var read = NotificationBody.Read(body, "webhook");
        if (read.Problem is not null)
        {
            return (1, true, null);
        }

        if (read.TestEvent is { } testEvent)
        {
            return (1, false, Text(testEvent, "Bucket"));
        }

        string? bucket = null;
        var unreadable = false;
        foreach (var record in read.Records)
        {
            if (record.Problem is not null)
            {
                unreadable = true;
            }
            else if (bucket is null && record.Record.ValueKind == JsonValueKind.Object
                && record.Record.TryGetProperty("s3", out var s3) && s3.ValueKind == JsonValueKind.Object
                && s3.TryGetProperty("bucket", out var b) && b.ValueKind == JsonValueKind.Object)
            {
                bucket = Text(b, "name");
            }
        }

        return (Math.Max(1, read.Records.Length), unreadable, bucket);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(timeout.Token);
            await _app.DisposeAsync();
            _app = null;
        }
    }

    private sealed record Registration(WebhookServer Server, string Channel, string DestinationName, IEventSink Sink) : IDisposable
    {
        public void Dispose() => Server._channels.TryRemove(new KeyValuePair<string, Registration>(Channel, this));
    }
}
