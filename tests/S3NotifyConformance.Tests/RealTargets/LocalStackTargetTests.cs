using S3NotifyConformance.Judging;
using S3NotifyConformance.Reports;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.RealTargets;

/// <summary>LocalStack needs Docker. Where none answers, the run must say so scenario by scenario, quickly, and exit 0.</summary>
[Category("RealTarget")]
public sealed class LocalStackTargetTests
{
    [Test]
    public async Task WithoutDockerEveryScenarioIsUnsupportedWithTheReasonInSeconds()
    {
        // Given a machine without a Docker engine
        if (Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } || File.Exists("/var/run/docker.sock"))
        {
            Assert.Ignore("a Docker engine may be present: LocalStack would really start here (the nightly workflow runs it)");
        }

        var reports = Path.Combine(Path.GetTempPath(), $"s3n-localstack-{Guid.NewGuid():N}");
        try
        {
            // When
            var run = await CliProcess.RunAsync("run", "--target", "localstack", "--report-dir", reports);

            // Then
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
            // Without Docker nothing is started or waited for: seconds, not the minutes a container start would take (17.5 s was
            // seen at load average 50 on 2 cores, ~2 s when idle).
            Assert.That(run.Elapsed, Is.LessThan(TimeSpan.FromSeconds(45)));
            var result = ReportJson.Read(Directory.EnumerateFiles(reports, "results.json", SearchOption.AllDirectories).Single());
            Assert.That(result.Scenarios.Select(s => s.Outcome).Distinct(), Is.EqualTo(new[] { ScenarioOutcome.Unsupported }));
            Assert.That(result.Scenarios.SelectMany(s => s.MissingCapabilities).Distinct().Single(), Does.Contain("Docker"));
            Assert.That(result.Target.Note, Does.Contain("Docker"));
            Assert.That(run.Out, Does.Contain("target unavailable"));
        }
        finally
        {
            if (Directory.Exists(reports))
            {
                Directory.Delete(reports, recursive: true);
            }
        }
    }
}
