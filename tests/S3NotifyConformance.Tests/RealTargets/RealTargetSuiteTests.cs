using S3NotifyConformance.Judging;
using S3NotifyConformance.Reports;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.RealTargets;

/// <summary>The whole suite against a third-party store the harness installs and launches, as CI runs it: through the
/// s3notify program with the committed baseline, so a change that breaks a real-store path (or a new deviation) turns CI
/// red. Runs when the store's prerequisites are installed (.ci/run installs them); otherwise ignored with the reason.</summary>
[NonParallelizable]
[Category("RealTarget")]
public abstract class RealTargetSuiteTests
{
    /// <summary>The built-in target name, also the baseline's file name.</summary>
    protected abstract string Target { get; }

    /// <summary>Text in the command line of every process the target starts (to prove none is left).</summary>
    protected abstract string ProcessMarker { get; }

    /// <summary>Text in the command line of every process the target starts, when there is more than one kind (a store and a broker).</summary>
    protected virtual IEnumerable<string> ProcessMarkers => [ProcessMarker];

    /// <summary>Why the target cannot run here, or null when it can.</summary>
    protected abstract string? MissingPrerequisite();

    /// <summary>Folders the target creates while it runs (to prove none is left).</summary>
    protected virtual IEnumerable<string> DataFolders() => [];

    [Test]
    public async Task TheSuiteRunsWithEveryDifferenceInTheBaselineAndLeavesNothingBehind()
    {
        // Given the store's prerequisites and the committed baseline
        if (MissingPrerequisite() is { } missing)
        {
            Assert.Ignore(missing);
        }

        var reports = Path.Combine(Path.GetTempPath(), $"s3n-{Target}-{Guid.NewGuid():N}");
        var foldersBefore = DataFolders().ToHashSet();
        // Processes of this kind already running (another cluster on a shared machine) are not this run's.
        var processesBefore = ProcessMarkers.SelectMany(HostProcesses.CommandLinesContaining).ToHashSet();
        try
        {
            // When
            var run = await CliProcess.RunAsync(TimeSpan.FromMinutes(12),
                "run", "--target", Target, "--baseline", Path.Combine("baselines", $"{Target}.yaml"), "--report-dir", reports);

            // Then
            var resultsFile = Directory.EnumerateFiles(reports, "results.json", SearchOption.AllDirectories).SingleOrDefault();
            Assert.That(resultsFile, Is.Not.Null, $"no report; stderr:\n{run.Error}");
            var result = ReportJson.Read(resultsFile!);
            var unexpected = result.Scenarios.Where(s => s.Outcome is ScenarioOutcome.Failed or ScenarioOutcome.Error)
                .Select(s => $"{s.Id}: {s.Outcome} {s.Error} {string.Join("; ", s.Findings.Take(2).Select(f => f.Describe()))}");
            TestContext.Out.WriteLine($"{Target}: {result.Totals} in {run.Elapsed.TotalSeconds:0} s; {result.Target.Note}");
            Assert.That(unexpected, Is.Empty, "failures not in the baseline");
            Assert.That(result.Differences.Where(d => d.IsNew).Select(d => $"{d.Fingerprint} in {d.Example.Scenario}: {d.Example.Subject}"), Is.Empty,
                "differences not in the baseline (the capability probe's included)");
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
            Assert.That(result.Totals.Passed + result.Totals.KnownDeviations, Is.GreaterThan(0), "nothing ran on the store");
            Assert.That(result.CleanupFailures, Is.Empty);
            Assert.That(ProcessMarkers.SelectMany(HostProcesses.CommandLinesContaining).Except(processesBefore), Is.Empty, "processes left behind");
            Assert.That(DataFolders().Except(foldersBefore), Is.Empty, "data left behind");
        }
        finally
        {
            if (Directory.Exists(reports))
            {
                Directory.Delete(reports, recursive: true);
            }
        }
    }

    /// <summary>fauxqs from npm: SQS collection and SNS fan-out through a third-party implementation.</summary>
    public sealed class OnFauxqs : RealTargetSuiteTests
    {
        /// <inheritdoc />
        protected override string Target => "fauxqs";

        /// <inheritdoc />
        protected override string ProcessMarker => Path.Combine(Repository.Paths.InstalledTools, "fauxqs");

        /// <inheritdoc />
        protected override string? MissingPrerequisite() =>
            HostProcesses.OnPath("npm") || File.Exists(Path.Combine(Repository.Paths.InstalledTools, "fauxqs", "node_modules", "fauxqs", "package.json"))
                ? null
                : "fauxqs needs npm to install it (apt-get install npm), or .tools/fauxqs installed by 'npm ci' (as .ci/run does)";
    }

    /// <summary>Ceph RGW from Debian's packages: push topics and the webhook receiver.</summary>
    public sealed class OnCephRgw : RealTargetSuiteTests
    {
        /// <inheritdoc />
        protected override string Target => "ceph-rgw";

        /// <inheritdoc />
        protected override string ProcessMarker => "s3notify-ceph-";

        /// <inheritdoc />
        protected override string? MissingPrerequisite() => CephMissing();

        /// <inheritdoc />
        protected override IEnumerable<string> DataFolders() => Directory.EnumerateDirectories(Path.GetTempPath(), "s3notify-ceph-*");

        internal static string? CephMissing() =>
            HostProcesses.OnPath("radosgw") && HostProcesses.OnPath("ceph-mon") && HostProcesses.OnPath("ceph-osd")
                ? null
                : "Ceph is not installed: run 'tools/ceph-rgw.sh install' as root (apt-get; .ci/run does), or let './run.sh run --target ceph-rgw' install it";
    }

    /// <summary>The same Ceph RGW publishing through AMQP topics to a throwaway RabbitMQ the target starts and stops with it.</summary>
    public sealed class OnCephRgwAmqp : RealTargetSuiteTests
    {
        /// <inheritdoc />
        protected override string Target => "ceph-rgw-amqp";

        /// <inheritdoc />
        protected override string ProcessMarker => "s3notify-ceph-";

        /// <inheritdoc />
        protected override IEnumerable<string> ProcessMarkers => [ProcessMarker, "s3notify-rabbitmq-"];

        /// <inheritdoc />
        protected override string? MissingPrerequisite() =>
            OnCephRgw.CephMissing() ?? (File.Exists("/usr/lib/rabbitmq/bin/rabbitmq-server")
                ? null
                : "rabbitmq-server is not installed: run 'tools/rabbitmq.sh install' as root (apt-get; .ci/run does), or let './run.sh run --target ceph-rgw-amqp' install it");

        /// <inheritdoc />
        protected override IEnumerable<string> DataFolders() =>
            Directory.EnumerateDirectories(Path.GetTempPath(), "s3notify-ceph-*").Concat(Directory.EnumerateDirectories(Path.GetTempPath(), "s3notify-rabbitmq-*"));
    }
}
