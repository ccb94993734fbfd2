using S3NotifyConformance.Running;
using S3NotifyConformance.Targets;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.RealTargets;

/// <summary>The ceph-rgw target restarts the radosgw it launched (a store-restart fault): another process on the same port,
/// answering S3 again, its buckets still there; and nothing is left after disposal. Ignored where Ceph is not installed.</summary>
[NonParallelizable]
[Category("RealTarget")]
public sealed class CephRgwRestartTests
{
    [Test]
    public async Task RestartStoreStartsAnotherRadosgwOnTheSameEndpointThatStillHasTheBuckets()
    {
        // Given a launched ceph-rgw with a bucket
        if (RealTargetSuiteTests.OnCephRgw.CephMissing() is { } missing)
        {
            Assert.Ignore(missing);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(12));
        var foldersBefore = Directory.EnumerateDirectories(Path.GetTempPath(), "s3notify-ceph-*").ToHashSet();
        var target = BuiltInTargets.Catalog(Repository.Paths).Resolve(CephRgwTarget.TargetName);
        await using (target)
        {
            var connection = await target.StartAsync(timeout.Token);
            using var s3 = AwsClientFactory.CreateS3(connection);
            var bucket = $"s3n-restart-{Guid.NewGuid():N}"[..30];
            await s3.PutBucketAsync(bucket, timeout.Token);
            var before = RadosgwPids(connection);

            // When
            await ((IRestartableStore)target).RestartStoreAsync(timeout.Token);

            // Then another radosgw serves the same endpoint, and the bucket is still there
            var after = RadosgwPids(connection);
            Assert.That((before.Count, after.Count), Is.EqualTo((1, 1)), "one radosgw of this cluster before and after");
            Assert.That(after, Is.Not.EqualTo(before));
            var buckets = await s3.ListBucketsAsync(timeout.Token);
            Assert.That(buckets.Buckets?.Select(b => b.BucketName), Does.Contain(bucket));
        }

        // Then, disposed, nothing of it runs or remains
        Assert.That(HostProcesses.CommandLinesContaining("s3notify-ceph-").Where(c => !foldersBefore.Any(c.Contains)), Is.Empty, "processes left behind");
        Assert.That(Directory.EnumerateDirectories(Path.GetTempPath(), "s3notify-ceph-*").Except(foldersBefore), Is.Empty, "data left behind");
    }

    // The radosgw of this cluster: its command line names the cluster's folder, found from the endpoint's port in ceph.conf.
    private static List<string> RadosgwPids(TargetConnection connection)
    {
        var port = connection.Endpoints.S3.Port;
        var folder = Directory.EnumerateDirectories(Path.GetTempPath(), "s3notify-ceph-*")
            .Single(d => File.Exists(Path.Combine(d, "ceph.conf")) && File.ReadAllText(Path.Combine(d, "ceph.conf")).Contains($"port=127.0.0.1:{port} ", StringComparison.Ordinal));
        return [.. Directory.EnumerateDirectories("/proc")
            .Where(d => int.TryParse(Path.GetFileName(d), out _))
            .Where(d => Read(Path.Combine(d, "cmdline")) is { } c && c.StartsWith("radosgw ", StringComparison.Ordinal) && c.Contains(folder, StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .OfType<string>()];
    }

    private static string? Read(string path)
    {
        try
        {
            return File.ReadAllText(path).Replace('\0', ' ');
        }
        catch (IOException)
        {
            return null;
        }
    }
}
