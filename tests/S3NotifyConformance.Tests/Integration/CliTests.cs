using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Integration;

/// <summary>The s3notify program as a user runs it: exit codes and one-line causes.</summary>
public sealed class CliTests
{
    [Test]
    public async Task AnUnreachableEndpointExitsTwoFastWithOneLineCause()
    {
        // Given a target file pointing at a loopback port where nothing listens
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var file = Path.Combine(Path.GetTempPath(), $"s3n-nowhere-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, $"name: nowhere\ns3: http://127.0.0.1:{port}\nsqs: http://127.0.0.1:{port}\ncredentials: {{ accessKey: a, secretKey: b }}\ncapabilities: [versioning]\n");
        try
        {
            // When
            var (exitCode, _, error, elapsed) = await CliProcess.RunAsync("run", "--target", file);

            // Then
            Assert.That(exitCode, Is.EqualTo(2));
            // Fast, not after retries and call timeouts (which would take minutes); the bound leaves room for a CI machine that
            // runs the real-store suites beside this test (33 s was seen at load average 50 on 2 cores, 2-3 s when idle).
            Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(45)));
            Assert.That(error.Trim().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(error, Does.Contain($"127.0.0.1:{port}").And.Contain("connection refused"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TestCase("frobnicate")]
    [TestCase("run", "--parallel", "0")]
    public async Task BadUsageExitsTwo(params string[] args) => Assert.That((await CliProcess.RunAsync(args)).ExitCode, Is.EqualTo(2));

    [TestCase("--only", "ceilng", "unknown benchmark(s) ceilng")]
    [TestCase("--posts", "0", "--posts must be at least 1 (got 0)")]
    [TestCase("--duplicate", "1.5", "--duplicate must be a probability from 0 to 1")]
    public async Task ABenchmarkWithBadSettingsExitsTwoBeforeRunningAnything(string option, string value, string cause)
    {
        var (exitCode, output, error, _) = await CliProcess.RunAsync("bench", option, value);
        Assert.That((exitCode, output), Is.EqualTo((2, string.Empty)));
        Assert.That(error, Does.Contain(cause));
    }

    [Test]
    public async Task AFilterMatchingNothingExitsTwo()
    {
        var (exitCode, _, error, _) = await CliProcess.RunAsync("run", "--filter", "no-such-group/*");
        Assert.That((exitCode, error.Trim()), Is.EqualTo((2, "s3notify: no scenario matches 'no-such-group/*' (see 's3notify list')")));
    }

    [Test]
    public async Task ListShowsTheScenarioIds()
    {
        var (exitCode, output, _, _) = await CliProcess.RunAsync("list", "--filter", "keys/*");
        Assert.That(exitCode, Is.EqualTo(0));
        Assert.That(output, Does.Contain("keys/at-sign").And.Contain("keys/space").And.Not.Contain("created/put"));
    }
}
