using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using S3NotifyConformance.ReferenceStore.Hosting;

namespace S3NotifyConformance.ReferenceStore;

/// <summary>
/// The embedded reference store: one in-process Kestrel endpoint on 127.0.0.1 speaking S3 REST, SQS JSON and SNS Query,
/// with AWS notification semantics. Build it with <see cref="ReferenceStoreBuilder"/>.
/// </summary>
public sealed class ReferenceStore : IAsyncDisposable
{
    private readonly ReferenceStoreConfiguration _configuration;
    private readonly StoreServices _services;
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _lifecycle = new(1, 1);
    private CancellationTokenSource _session;
    private WebApplication? _app;
    private Uri? _endpoint;
    private bool _stopped;
    private int _disposed;

    internal ReferenceStore(ReferenceStoreConfiguration configuration)
    {
        _configuration = configuration;
        _services = new StoreServices(configuration);
        _session = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
    }

    /// <summary>Starts listening; throws when already started or stopped.</summary>
    public async Task StartAsync(CancellationToken ct = default)
    {
        await _lifecycle.WaitAsync(ct);
        try
        {
            if (_app is not null || _stopped)
            {
                throw new InvalidOperationException("The reference store can be started only once.");
            }

            _app = await ListenAsync(_configuration.Port, ct);
            var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            _endpoint = new Uri($"http://127.0.0.1:{new Uri(address).Port}");
            _services.Endpoint = _endpoint.ToString().TrimEnd('/');
            _services.Pipeline.Start();
            _services.StartBackgroundWork();
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>Restarts the store as a process restart would look from outside: stops listening (open connections and long polls
    /// end, new ones are refused) and starts again on the same endpoint. Buckets, objects, queues and their messages survive, as
    /// on disk; events still in delivery are held and delivered afterwards under <see cref="Faults.OutagePolicy.Retry"/>, and
    /// lost under <see cref="Faults.OutagePolicy.Drop"/>. Returns once the store listens again.</summary>
    /// <param name="downtime">How long the store stays down between stopping and starting.</param>
    public async Task RestartAsync(TimeSpan downtime, CancellationToken ct = default)
    {
        await _lifecycle.WaitAsync(ct);
        try
        {
            if (_app is null || _stopped)
            {
                throw new InvalidOperationException("Only a running reference store can be restarted.");
            }

            var restarting = Faults.DestinationDisruption.Down with { Destinations = [] };
            _services.Disruptions.Begin(restarting);
            await _session.CancelAsync();
            await _app.StopAsync(ct);
            await _app.DisposeAsync();
            _app = null;
            if (downtime > TimeSpan.Zero)
            {
                await Task.Delay(downtime, ct);
            }

            _session.Dispose();
            _session = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            _app = await ListenAsync(_endpoint!.Port, ct);
            _services.Disruptions.End(restarting);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>Puts a disruption of every notification destination in force until <see cref="EndDeliveryDisruption"/>: down
    /// (deliveries refused, retried or dropped per the configured <see cref="Faults.OutagePolicy"/>) or slow (each delivery takes the
    /// disruption's delay). A store-side stand-in for a destination outage, for stores whose destinations live inside them.</summary>
    public void BeginDeliveryDisruption(Faults.DestinationDisruption disruption)
    {
        ArgumentNullException.ThrowIfNull(disruption);
        _services.Disruptions.Begin(disruption);
    }

    /// <summary>Ends <paramref name="disruption"/> (null: every disruption in force): held events go out at the next retry (within <c>1 s</c>).</summary>
    public void EndDeliveryDisruption(Faults.DestinationDisruption? disruption = null) => _services.Disruptions.End(disruption);

    /// <summary>Stops listening, ends long polls and the delivery pipeline; undelivered events are abandoned.</summary>
    public async Task StopAsync(CancellationToken ct = default)
    {
        await _lifecycle.WaitAsync(ct);
        try
        {
            if (_stopped)
            {
                return;
            }

            _stopped = true;
            await _stopping.CancelAsync();
            var started = _endpoint is not null;
            if (_app is not null)
            {
                await _app.StopAsync(ct);
                await _app.DisposeAsync();
            }

            if (started)
            {
                await _services.StopBackgroundWorkAsync();
                await _services.Pipeline.DisposeAsync();
                await _services.Invoker.DisposeAsync();
            }
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    private async Task<WebApplication> ListenAsync(int port, CancellationToken ct)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, port);
            options.AddServerHeader = false;
            options.Limits.MaxRequestBodySize = RequestGate.WireLimit(_configuration.MaxBodyBytes);
            options.Limits.MinRequestBodyDataRate = null;
        });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        var app = builder.Build();
        var router = new RequestRouter(_services, _session.Token);
        app.Run(router.HandleAsync);
        await app.StartAsync(ct);
        return app;
    }

    /// <summary>The one endpoint for S3, SQS and SNS, e.g. http://127.0.0.1:5123.</summary>
    public Uri GetEndpoint() => _endpoint ?? throw new InvalidOperationException("The reference store is not started.");

    /// <summary>The default region.</summary>
    public string GetRegion() => _configuration.Region;

    /// <summary>The owning account id.</summary>
    public string GetAccountId() => _configuration.AccountId;

    /// <summary>The configuration the store was built with.</summary>
    public ReferenceStoreConfiguration GetConfiguration() => _configuration;

    /// <summary>Delivery counters: emitted, delivered, duplicated, dropped, undeliverable, pending.</summary>
    public ReferenceStoreStatistics GetStatistics() => _services.Statistics.Snapshot();

    /// <summary>"Loses" a REDUCED_REDUNDANCY object and emits s3:ReducedRedundancyLostObject; false when no such object exists.</summary>
    public Task<bool> LoseObjectAsync(string bucket, string key, CancellationToken ct = default) =>
        Task.FromResult(_services.LoseObject(bucket, key));

    /// <summary>Registers a Lambda function: configurations naming <paramref name="functionArn"/> validate, and their events are
    /// POSTed to <paramref name="url"/> (the same as <c>PUT /_s3notify/functions?arn=…&amp;url=…</c>).</summary>
    public void RegisterFunction(string functionArn, Uri url) => _services.Functions.Register(functionArn, url);

    /// <summary>Unregisters a function; false when it was not registered.</summary>
    public bool UnregisterFunction(string functionArn) => _services.Functions.Remove(functionArn);

    /// <summary>Stops the store.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await StopAsync();
        _session.Dispose();
        _stopping.Dispose();
        _lifecycle.Dispose();
    }
}
