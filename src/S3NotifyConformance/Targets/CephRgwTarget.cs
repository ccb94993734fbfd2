using Amazon.Runtime;

namespace S3NotifyConformance.Targets;

/// <summary>A throwaway single-node Ceph RGW on loopback, owned by the run: the project's launcher (tools/ceph-rgw.sh)
/// installs Debian's packages when missing (root + apt), bootstraps mon + osd + radosgw under a fresh temp folder on free
/// ports, and waits for RGW to answer HTTP; disposal stops the daemons by pid and deletes the folder. Events arrive as HTTP
/// POSTs from RGW push topics to the webhook receiver (<c>delivery: http-push</c>), or, with <c>delivery: amqp</c>, through
/// a throwaway RabbitMQ broker (tools/rabbitmq.sh) started and stopped with the store. What RGW claims to support is
/// declared in targets/ceph-rgw.yaml (targets/ceph-rgw-amqp.yaml).</summary>
public sealed class CephRgwTarget(TargetDeclaration declaration, string launcher, string? brokerLauncher = null) : ITarget, IRestartableStore
{
    /// <summary>The name <c>--target ceph-rgw</c> selects.</summary>
    public const string TargetName = "ceph-rgw";

    /// <summary>The name <c>--target ceph-rgw-amqp</c> selects: the same store, delivering through AMQP.</summary>
    public const string AmqpTargetName = "ceph-rgw-amqp";

    /// <summary>Timings where the declaration says none: sync topics push within milliseconds of the S3 call.</summary>
    public static TargetTimings DefaultTimings { get; } = new(TimeSpan.FromSeconds(8), TimeSpan.FromMilliseconds(300), 4)
    {
        AfterSentinel = TimeSpan.FromSeconds(1),
        Concurrency = 16,
        OneAtATime = ["CreateTopic", "DeleteTopic", "PutBucketNotificationConfiguration", "DeleteBucketNotification"],
    };

    /// <summary>Install (first time, ~20–70 s) plus a cold bootstrap (~10 s), with room for a slow disk.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(10);

    /// <summary>The shortest delivery deadline for persistent topics: RGW queues their events in RADOS and picks a new topic's
    /// queue up on a 30 s cycle, so the first event on a fresh topic arrives 15–30 s after the write (later ones in tens of ms).</summary>
    public static readonly TimeSpan PersistentDeliveryDeadline = TimeSpan.FromSeconds(40);

    /// <summary>How long a radosgw restart may take (stop, start, answer HTTP).</summary>
    public static readonly TimeSpan RestartTimeout = TimeSpan.FromMinutes(3);

    private const string AccessKey = "S3NOTIFYACCESSKEY000";
    private const string SecretKey = "s3notifysecretkey0000000000000000000000000";
    private string? _base;
    private string? _brokerBase;
    private int _rgwPort;
    private int _monPort;

    /// <inheritdoc />
    public bool IsLaunched => true;

    /// <inheritdoc />
    public string Name => declaration.Name;

    /// <inheritdoc />
    public async Task<TargetConnection> StartAsync(CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new TargetSetupException("ceph-rgw runs on Linux only (Debian's ceph packages)");
        }

        if (!File.Exists(launcher))
        {
            throw new TargetSetupException($"ceph-rgw: launcher {launcher} is missing");
        }

        var amqp = declaration.Delivery == DeliveryPath.Amqp;
        if (amqp && declaration.Amqp?.Broker is null && !File.Exists(brokerLauncher))
        {
            throw new TargetSetupException($"ceph-rgw: delivery amqp needs the broker launcher {brokerLauncher ?? "tools/rabbitmq.sh"}, which is missing");
        }

        _rgwPort = ChildProcess.FreePort();
        _monPort = ChildProcess.FreePort();
        _base = Path.Combine(Path.GetTempPath(), $"s3notify-ceph-{Guid.NewGuid():N}");
        // The broker starts beside the cluster (both mostly wait: Erlang's boot, the mon's quorum); both are awaited before
        // either's failure is reported, so disposal finds everything either started.
        var starting = ChildProcess.RunAsync("bash", [launcher, "start"], Environment(), null, StartTimeout, cancellationToken);
        var brokerStarting = amqp && declaration.Amqp?.Broker is null ? StartBrokerAsync(cancellationToken) : null;
        Task[] startingAll = brokerStarting is null ? [starting] : [starting, brokerStarting];
        await Task.WhenAll(startingAll).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        var started = await starting;
        if (started.ExitCode != 0)
        {
            throw new TargetSetupException($"ceph-rgw: the launcher failed (exit {started.ExitCode}):\n{started.Tail()}");
        }

        var endpoint = new Uri($"http://127.0.0.1:{_rgwPort}");
        var connection = declaration.Connect(
            Name, TargetName, new TargetEndpoints(endpoint, null, endpoint), "default", new BasicAWSCredentials(AccessKey, SecretKey),
            amqp ? DeliveryPath.Amqp : DeliveryPath.HttpPush, defaultWebhook: amqp ? null : WebhookSettings.Loopback);
        connection = WithPersistentDeadline(connection);
        if (!amqp || declaration.Amqp?.Broker is not null)
        {
            return connection;
        }

        var (broker, pushEndpoint) = await brokerStarting!;
        return connection with { Amqp = (declaration.Amqp ?? AmqpSettings.Launched) with { Broker = broker, PushEndpoint = pushEndpoint } };
    }

    /// <inheritdoc />
    public async Task RestartStoreAsync(CancellationToken cancellationToken)
    {
        if (_base is null)
        {
            throw new InvalidOperationException("ceph-rgw: the store is not running");
        }

        var restarted = await ChildProcess.RunAsync("bash", [launcher, "restart-rgw"], Environment(), null, RestartTimeout, cancellationToken);
        if (restarted.ExitCode != 0)
        {
            throw new TargetSetupException($"ceph-rgw: radosgw did not restart (exit {restarted.ExitCode}):\n{restarted.Tail()}");
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        // The cluster and the broker stop side by side (each waits for its daemons to exit).
        var stopping = new List<Task>();
        if (_base is not null)
        {
            stopping.Add(StopAsync(launcher, _base, Environment()));
        }

        if (_brokerBase is not null)
        {
            stopping.Add(StopAsync(brokerLauncher!, _brokerBase, new Dictionary<string, string> { ["BASE"] = _brokerBase }));
        }

        await Task.WhenAll(stopping);
        _base = null;
        _brokerBase = null;
    }

    /// <summary>A connection whose topics are persistent (<c>persistent: "true"</c> in the target file's topic attributes) waits
    /// at least <see cref="PersistentDeliveryDeadline"/> for an event, whatever shorter deadline the file gives for sync topics.</summary>
    public static TargetConnection WithPersistentDeadline(TargetConnection connection)
    {
        var attributes = connection.DeliveryPath == DeliveryPath.Amqp ? connection.Amqp?.TopicAttributes : connection.Webhook?.TopicAttributes;
        var persistent = attributes?.TryGetValue("persistent", out var value) == true && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
        return persistent && connection.Timings.DeliveryDeadline < PersistentDeliveryDeadline
            ? connection with { Timings = connection.Timings with { DeliveryDeadline = PersistentDeliveryDeadline } }
            : connection;
    }

    // The broker RGW's AMQP topics publish to: tools/rabbitmq.sh on free loopback ports under its own temp folder. RGW is
    // told the broker without credentials (it refuses a password over plain HTTP and then connects as guest/guest).
    // A port the launcher found free can be taken before the broker binds it (its Erlang distribution port, on a busy
    // machine): such a start fails, is purged, and is tried once more on fresh ports.
    private async Task<(Uri Broker, string PushEndpoint)> StartBrokerAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await StartBrokerOnceAsync(cancellationToken);
        }
        catch (TargetSetupException)
        {
            await StopAsync(brokerLauncher!, _brokerBase!, new Dictionary<string, string> { ["BASE"] = _brokerBase! });
            return await StartBrokerOnceAsync(cancellationToken);
        }
    }

    private async Task<(Uri Broker, string PushEndpoint)> StartBrokerOnceAsync(CancellationToken cancellationToken)
    {
        _brokerBase = Path.Combine(Path.GetTempPath(), $"s3notify-rabbitmq-{Guid.NewGuid():N}");
        var started = await ChildProcess.RunAsync("bash", [brokerLauncher!, "start"], new Dictionary<string, string> { ["BASE"] = _brokerBase }, null, StartTimeout, cancellationToken);
        var printed = started.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('=', 2)).Where(kv => kv.Length == 2 && kv[0].All(c => char.IsAsciiLetterUpper(c) || c == '_'))
            .ToDictionary(kv => kv[0], kv => kv[1]);
        if (started.ExitCode != 0 || !printed.TryGetValue("AMQP_PORT", out var port) || !printed.TryGetValue("AMQP_USER", out var user)
            || !printed.TryGetValue("AMQP_PASSWORD", out var password))
        {
            throw new TargetSetupException($"ceph-rgw: the RabbitMQ launcher failed (exit {started.ExitCode}):\n{started.Tail()}");
        }

        return (new Uri($"amqp://{Uri.EscapeDataString(user)}:{Uri.EscapeDataString(password)}@127.0.0.1:{port}/"), $"amqp://127.0.0.1:{port}");
    }

    // Stops what a launcher started: its purge (by its pid files), then whatever it listed that still runs, by pid.
    private static async Task StopAsync(string script, string folder, Dictionary<string, string> environment)
    {
        var pids = await ChildProcess.RunAsync("bash", [script, "pids"], environment, null, TimeSpan.FromSeconds(30), CancellationToken.None);
        await ChildProcess.RunAsync("bash", [script, "purge"], environment, null, TimeSpan.FromMinutes(2), CancellationToken.None);
        foreach (var pid in pids.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(p => int.TryParse(p, out var n) ? n : 0).Where(p => p > 0))
        {
            if (ChildProcess.IsAlive(pid))
            {
                using var process = System.Diagnostics.Process.GetProcessById(pid);
                ChildProcess.Stop(process, TimeSpan.FromSeconds(10));
            }
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["BASE"] = _base!,
        ["S3_ACCESS_KEY"] = AccessKey,
        ["S3_SECRET_KEY"] = SecretKey,
        ["RGW_PORT"] = _rgwPort.ToString(),
        ["MON_PORT"] = _monPort.ToString(),
    };
}
