using System.Text.RegularExpressions;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Probing;

/// <summary><c>s3notify probe</c> as a user runs it: a table on stdout, no report folder, exit 0 without findings.</summary>
public sealed class ProbeCliTests
{
    [Test]
    public async Task ProbingTheEmbeddedStorePrintsTheTableExitsZeroAndWritesNoReport()
    {
        // When
        var (exitCode, output, error, _) = await CliProcess.RunAsync(TimeSpan.FromSeconds(120), "probe");

        // Then
        Assert.That(exitCode, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("capability").And.Contain("declared").And.Contain("observed"));
        Assert.That(Regex.IsMatch(output, @"tagging\s*│\s*yes\s*│\s*works"), Is.True, output);
        Assert.That(output, Does.Contain("passed: 0 finding(s) on embedded"));
        var runId = Regex.Match(output, @"run ([0-9]{8}t[0-9]{6}-[0-9a-z]{4})").Groups[1].Value;
        Assert.That(runId, Is.Not.Empty, output);
        Assert.That(Directory.Exists(Path.Combine(Repository.Paths.Reports, runId)), Is.False);
    }

    [Test]
    public async Task AnUnknownTargetExitsTwo() =>
        Assert.That((await CliProcess.RunAsync("probe", "--target", "no-such-target")).ExitCode, Is.EqualTo(2));
}
