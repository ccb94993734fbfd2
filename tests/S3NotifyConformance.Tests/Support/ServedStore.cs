using System.Text.RegularExpressions;
using Amazon.S3;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Tests.Support;

/// <summary>A reference store in a child process (<c>s3notify serve</c>), so a test can stop (SIGSTOP) or kill it, and a target
/// file pointing at it.</summary>
public sealed partial class ServedStore : IDisposable
{
    private ServedStore(CliChild process, Uri endpoint, string targetFile)
    {
        Process = process;
        Endpoint = endpoint;
        TargetFile = targetFile;
    }

    /// <summary>The serve process.</summary>
    public CliChild Process { get; }

    /// <summary>Where it answers S3, SQS and SNS.</summary>
    public Uri Endpoint { get; }

    /// <summary>A target file for it.</summary>
    public string TargetFile { get; }

    /// <summary>Starts the store and writes a target file with <paramref name="timing"/> (YAML flow mapping body).</summary>
    public static async Task<ServedStore> StartAsync(string timing)
    {
        var process = CliChild.Start("serve", "--port", "0", "--access-key", "test", "--secret-key", "test");
        await process.WaitForAsync(o => EndpointLine().IsMatch(o), TimeSpan.FromSeconds(60), "the store's endpoint line");
        var endpoint = new Uri(EndpointLine().Match(process.Out).Groups[1].Value);
        var file = Path.Combine(Path.GetTempPath(), $"s3n-served-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file,
            $"name: served\nregion: us-east-1\ns3: {endpoint}\nsqs: {endpoint}\nsns: {endpoint}\n" +
            "credentials: { accessKey: test, secretKey: test }\n" +
            "capabilities: [versioning, multipart, post-upload, copy, tagging, acl, test-event, configuration-validation, sqs-destination, sns-destination]\n" +
            $"timing: {{ {timing} }}\n");
        return new ServedStore(process, endpoint, file);
    }

    /// <summary>A connection to the store through the target file, as the harness makes it.</summary>
    public async Task<TargetConnection> ConnectAsync() =>
        await new ExternalTarget(TargetFileLoader.Load(TargetFile), TargetFile).StartAsync(CancellationToken.None);

    /// <summary>What still carries <paramref name="runId"/> on the store.</summary>
    public async Task<ImmutableArray<ProvisionedResource>> LeftoversOfAsync(string runId)
    {
        using var clients = ProvisioningClients.For(await ConnectAsync());
        return await new RunResourceSweeper(clients).FindAsync(RunId.Parse(runId), CancellationToken.None);
    }

    /// <summary>Bucket names on the store.</summary>
    public async Task<ImmutableArray<string>> BucketsAsync()
    {
        using var s3 = AwsClientFactory.CreateS3(await ConnectAsync());
        return [.. ((await s3.ListBucketsAsync()).Buckets ?? []).Select(b => b.BucketName)];
    }

    /// <summary>Creates a bucket the harness did not create.</summary>
    public async Task CreateBucketAsync(string name)
    {
        using var s3 = AwsClientFactory.CreateS3(await ConnectAsync());
        await s3.PutBucketAsync(name);
    }

    /// <summary>The run id a run or load printed first.</summary>
    public static string RunIdIn(string output) => RunIdLine().Match(output) is { Success: true } m ? m.Groups[1].Value : throw new AssertionException($"no run id in:\n{output}");

    /// <inheritdoc />
    public void Dispose()
    {
        Process.Dispose();
        File.Delete(TargetFile);
    }

    [GeneratedRegex(@"reference store on (http://127\.0\.0\.1:[0-9]+/)")]
    private static partial Regex EndpointLine();

    [GeneratedRegex(@"run id ([0-9]{8}t[0-9]{6}-[0-9a-z]{4})")]
    private static partial Regex RunIdLine();
}
