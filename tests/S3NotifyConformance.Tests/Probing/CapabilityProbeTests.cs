using System.Xml.Linq;
using Amazon.SQS.Model;
using S3NotifyConformance.Judging;
using S3NotifyConformance.Probing;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.ReferenceStore;
using S3NotifyConformance.Reports;
using S3NotifyConformance.Running;
using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Targets;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Probing;

/// <summary>The capability probe against the reference store: as built (everything works), and with a capability fault knob
/// on (the answer is known: the finding names the capability and what happened).</summary>
[NonParallelizable]
public sealed class CapabilityProbeTests
{
    private static readonly string[] Probed = ["versioning", "tagging", "acl", "configuration-validation", "sqs-destination"];

    [Test]
    public async Task TheReferenceStoreWorksAsDeclaredAndTheProbeLeavesNothingBehind()
    {
        // Given the reference store as built
        await using var store = await RunningStoreTarget.StartStoreAsync();
        var connection = EmbeddedTarget.ConnectionFor(store);

        // When probed
        var (probe, leftovers) = await ProbeAsync(connection);

        // Then every probed capability works, nothing else is probed, there is no finding and nothing carrying the run id remains
        Assert.That(probe.Capabilities.Where(c => c.Observed == ObservedCapability.Works).Select(c => c.Capability), Is.EquivalentTo(Probed),
            string.Join("\n", probe.Capabilities.Select(c => c.Describe())));
        Assert.That(probe.Capabilities.Where(c => !Probed.Contains(c.Capability)).Select(c => c.Observed), Is.All.EqualTo(ObservedCapability.NotProbed));
        Assert.That(probe.Capabilities.Select(c => c.Capability), Is.EqualTo(Enum.GetValues<Capability>().Select(c => c.ToName())));
        Assert.That(probe.Capabilities, Has.All.Property(nameof(CapabilityObservation.Declared)).True);
        Assert.That(probe.Findings, Is.Empty);
        Assert.That(leftovers, Is.Empty);
    }

    [Test]
    public async Task TaggingThatOverwritesTheObjectIsAFindingEvenWhenTheTargetDoesNotDeclareTagging()
    {
        // Given a store whose PutObjectTagging replaces the object's bytes, and a target file that does not declare tagging
        await using var store = await RunningStoreTarget.StartStoreAsync(EmbeddedTarget.DefaultBuilder.WithCapabilityFaults(new CapabilityFaults(TaggingOverwritesContent: true)));
        var connection = EmbeddedTarget.ConnectionFor(store) is var c ? c with { Capabilities = c.Capabilities.Remove(Capability.Tagging) } : null!;

        // When probed
        var (probe, leftovers) = await ProbeAsync(connection);

        // Then tagging damages data, and that is the one finding, naming the capability and what happened
        var tagging = probe.Capabilities.Single(r => r.Capability == "tagging");
        Assert.That((tagging.Declared, tagging.Observed), Is.EqualTo((false, ObservedCapability.DamagesData)));
        Assert.That(tagging.Detail, Does.Contain("PutObjectTagging answered 200").And.Contain("GetObject then returned other bytes"));
        var finding = probe.Findings.Single();
        Assert.That(finding.Rule, Is.EqualTo(CapabilityProbe.Rule));
        Assert.That(finding.Aspect, Is.EqualTo("tagging: PutObjectTagging keeps the object's bytes and is read back with GetObjectTagging"));
        Assert.That(finding.Actual, Does.StartWith("damages data: PutObjectTagging answered 200"));
        Assert.That(probe.Capabilities.Where(r => r.Capability != "tagging" && r.Observed != ObservedCapability.NotProbed).Select(r => r.Observed),
            Is.All.EqualTo(ObservedCapability.Works));
        Assert.That(leftovers, Is.Empty);
    }

    [Test]
    public async Task VersioningAcceptedButIgnoredIsAFindingWithARunIndependentFingerprint()
    {
        // Given a store that answers PutBucketVersioning with 200 and does not version
        await using var store = await RunningStoreTarget.StartStoreAsync(EmbeddedTarget.DefaultBuilder.WithCapabilityFaults(new CapabilityFaults(VersioningIgnored: true)));
        var connection = EmbeddedTarget.ConnectionFor(store);

        // When probed twice (two run ids)
        var (first, _) = await ProbeAsync(connection);
        var (second, leftovers) = await ProbeAsync(connection);

        // Then versioning is observed ignored, the finding says so, and both runs give it the same fingerprint
        var versioning = first.Capabilities.Single(r => r.Capability == "versioning");
        Assert.That((versioning.Declared, versioning.Observed), Is.EqualTo((true, ObservedCapability.Ignored)));
        Assert.That(versioning.Detail, Does.Contain("answered 200").And.Contain("1 version(s) with 0 distinct version id(s)"));
        Assert.That(first.Findings.Single().Aspect, Does.StartWith("versioning: "));
        Assert.That(first.Findings.Single().Subject, Is.Not.EqualTo(second.Findings.Single().Subject));
        Assert.That(first.Findings.Single().Fingerprint, Is.EqualTo(second.Findings.Single().Fingerprint));
        Assert.That(leftovers, Is.Empty);
    }

    [TestCase(true, ObservedCapability.Absent, true)]
    [TestCase(false, ObservedCapability.Absent, false)]
    [TestCase(false, ObservedCapability.Works, false)]
    [TestCase(true, ObservedCapability.Works, false)]
    [TestCase(false, ObservedCapability.Ignored, true)]
    [TestCase(true, ObservedCapability.DamagesData, true)]
    [TestCase(true, ObservedCapability.Error, false)]
    public void AFindingIsRaisedForIgnoredOrDamagedCallsWhateverTheDeclarationAndForADeclaredCapabilityObservedAbsent(bool declared, ObservedCapability observed, bool finds)
    {
        var finding = CapabilityProbe.FindingFor(new AclProbe(), declared, new ProbeVerdict(observed, "detail", "class"), "s3n-20261201t000000-abcd-probe");

        Assert.That(finding is not null, Is.EqualTo(finds));
        if (finding is not null)
        {
            Assert.That(finding.Aspect, Is.EqualTo("acl: PutObjectAcl keeps the object's bytes and is read back with GetObjectAcl"));
            Assert.That(finding.Expected, Does.Contain(declared ? "the target declares acl" : "the target does not declare acl"));
        }
    }

    [Test]
    public async Task ARunWithAProbeFindingFailsAndEveryReportCarriesTheCapabilityTable()
    {
        // Given a store whose PutObjectTagging overwrites objects, and one scenario it passes
        using var project = TempProject.Create("s3n-probe-run-");
        await using var store = await RunningStoreTarget.StartStoreAsync(EmbeddedTarget.DefaultBuilder.WithCapabilityFaults(new CapabilityFaults(TaggingOverwritesContent: true)));
        var runner = new HarnessRunner(new RunningStoreTarget(store).Catalog(), NullRunProgress.Instance);

        // When the run starts
        var outcome = await runner.RunAsync(new RunOptions(null, "created/put", project.Paths.Reports, Repository.Paths), CancellationToken.None);

        // Then the scenario passes, yet the run fails on the probe finding
        Assert.That(outcome.Result.Scenarios.Single().Outcome, Is.EqualTo(ScenarioOutcome.Passed));
        Assert.That(outcome.Result.Probe?.Findings.Select(f => f.Aspect), Is.EqualTo(new[] { "tagging: PutObjectTagging keeps the object's bytes and is read back with GetObjectTagging" }));
        Assert.That(outcome.Result.Succeeded, Is.False);

        // And results.json holds the table, summary.md shows it, junit.xml has a failed 'probe' case
        var read = ReportJson.Read(Path.Combine(outcome.ReportDirectory, "results.json"));
        Assert.That(read.Probe?.Capabilities.Single(c => c.Capability == "tagging").Observed, Is.EqualTo(ObservedCapability.DamagesData));
        Assert.That(read.Probe?.Findings.Single().Fingerprint, Is.EqualTo(outcome.Result.Probe!.Findings.Single().Fingerprint));
        var summary = File.ReadAllText(Path.Combine(outcome.ReportDirectory, "summary.md"));
        Assert.That(summary, Does.Contain("## Capabilities: declared and observed").And.Contain("| `tagging` | yes | **damages data** |"));
        var junit = XDocument.Load(Path.Combine(outcome.ReportDirectory, "junit.xml"));
        var probeCase = junit.Descendants("testcase").Single(e => (string?)e.Attribute("name") == "probe");
        Assert.That(probeCase.Element("failure")?.Attribute("message")?.Value, Does.Contain("tagging"));
        Assert.That((string?)junit.Descendants("testsuite").First().Attribute("failures"), Is.EqualTo("1"));
    }

    private static async Task<(ProbeResult Probe, ImmutableArray<string> Leftovers)> ProbeAsync(TargetConnection connection)
    {
        using var clients = ProvisioningClients.For(connection);
        var runId = RunId.New(DateTimeOffset.UtcNow);
        var probe = await new CapabilityProbe(connection, clients, new QueueDestinationProvisioner(clients.Sqs!, clients.Sns)).ProbeAsync(runId, CancellationToken.None);
        var buckets = (await clients.S3.ListBucketsAsync()).Buckets ?? [];
        var queues = (await clients.Sqs!.ListQueuesAsync(new ListQueuesRequest { QueueNamePrefix = runId.ResourcePrefix })).QueueUrls ?? [];
        return (probe, [.. buckets.Select(b => b.BucketName).Where(n => n.StartsWith(runId.ResourcePrefix, StringComparison.Ordinal)).Concat(queues)]);
    }
}
