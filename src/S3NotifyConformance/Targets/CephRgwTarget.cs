using Amazon.Runtime;

namespace S3NotifyConformance.Targets;

/// <summary>A throwaway single-node Ceph RGW on loopback, owned by the run: the project's launcher (tools/ceph-rgw.sh)
/// installs Debian's packages when missing (root + apt), bootstraps mon + osd + radosgw under a fresh temp folder on free
/// ports, and waits for RGW to answer HTTP; disposal stops the daemons by pid and deletes the folder. Events arrive as HTTP
/// POSTs from RGW push topics to the webhook receiver. What RGW claims to support is declared in targets/ceph-rgw.yaml.</summary>
public sealed class CephRgwTarget(TargetDeclaration declaration, string launcher) : ITarget
{
    /// <summary>The name <c>--target ceph-rgw</c> selects.</summary>
    public const string TargetName = "ceph-rgw";

    /// <summary>Timings where the declaration says none: sync topics push within milliseconds of the S3 call.</summary>
    public static TargetTimings DefaultTimings { get; } = new(TimeSpan.FromSeconds(8), TimeSpan.FromMilliseconds(300), 4)
    {
        AfterSentinel = TimeSpan.FromSeconds(1),
        Concurrency = 16,
        OneAtATime = ["CreateTopic", "DeleteTopic", "PutBucketNotificationConfiguration", "DeleteBucketNotification"],
    };

    /// <summary>Install (first time, ~20–70 s) plus a cold bootstrap (~10 s), with room for a slow disk.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(10);

    private const string AccessKey = "S3NOTIFYACCESSKEY000";
    private const string SecretKey = "s3notifysecretkey0000000000000000000000000";
    private string? _base;

    /// <inheritdoc />
    /// <inheritdoc />
    public bool IsLaunched => true;

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

        var rgwPort = ChildProcess.FreePort();
        var monPort = ChildProcess.FreePort();
        _base = Path.Combine(Path.GetTempPath(), $"s3notify-ceph-{Guid.NewGuid():N}");
        var started = await ChildProcess.RunAsync("bash", [launcher, "start"], Environment(rgwPort, monPort), null, StartTimeout, cancellationToken);
        if (started.ExitCode != 0)
        {
            throw new TargetSetupException($"ceph-rgw: the launcher failed (exit {started.ExitCode}):\n{started.Tail()}");
        }

        var endpoint = new Uri($"http://127.0.0.1:{rgwPort}");
        return declaration.Connect(
            Name, TargetName, new TargetEndpoints(endpoint, null, endpoint), "default", new BasicAWSCredentials(AccessKey, SecretKey), DeliveryPath.HttpPush,
            defaultWebhook: WebhookSettings.Loopback);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_base is null)
        {
            return;
        }

        var environment = Environment(0, 0);
        var pids = await ChildProcess.RunAsync("bash", [launcher, "pids"], environment, null, TimeSpan.FromSeconds(30), CancellationToken.None);
        await ChildProcess.RunAsync("bash", [launcher, "purge"], environment, null, TimeSpan.FromMinutes(2), CancellationToken.None);
        foreach (var pid in pids.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(p => int.TryParse(p, out var n) ? n : 0).Where(p => p > 0))
        {
            if (ChildProcess.IsAlive(pid))
            {
                using var process = System.Diagnostics.Process.GetProcessById(pid);
                ChildProcess.Stop(process, TimeSpan.FromSeconds(10));
            }
        }

        if (Directory.Exists(_base))
        {
            Directory.Delete(_base, recursive: true);
        }

        _base = null;
    }

    private Dictionary<string, string> Environment(int rgwPort, int monPort)
    {
        var environment = new Dictionary<string, string> { ["BASE"] = _base!, ["S3_ACCESS_KEY"] = AccessKey, ["S3_SECRET_KEY"] = SecretKey };
        if (rgwPort > 0)
        {
            environment["RGW_PORT"] = rgwPort.ToString();
            environment["MON_PORT"] = monPort.ToString();
        }

        return environment;
    }
}
