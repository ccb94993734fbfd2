using S3NotifyConformance.Probing;
using S3NotifyConformance.Reports.Certificates;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Reports;

/// <summary>s3notify certify writes a bundle that s3notify verify accepts intact and rejects, naming the file, when one byte changed.</summary>
public sealed class CertificateTests
{
    private static string TheToolsScenarioSet => ScenarioSetDigest.Of(Repository.Paths.Scenarios, Repository.Paths.Expected);

    [Test]
    public async Task ACertifiedBundleVerifiesAndOneFlippedByteInAnyFileIsNamed()
    {
        using var project = TempProject.Create("s3n-certify-");
        var bundle = Path.Combine(project.Root, "bundle");

        // Given a bundle certified on the embedded store (a filtered suite, to stay fast)
        var certify = await CliProcess.RunAsync(TimeSpan.FromSeconds(120), "certify", "--target", "embedded", "--filter", "created/put*", "--out", bundle, "--report-dir", project.Paths.Reports);
        Assert.That(certify.ExitCode, Is.EqualTo(0), certify.Error);
        var files = Directory.GetFiles(bundle, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(bundle, f)).ToList();
        Assert.That(files, Is.SupersetOf(new[] { "certificate.json", "README.md", "results.json", "junit.xml", "summary.md", "index.html" }));
        Assert.That(File.ReadAllText(Path.Combine(bundle, "README.md")), Does.Contain("s3notify certify --target embedded --filter 'created/put*'"));
        Assert.That(File.ReadAllText(Path.Combine(bundle, "certificate.json")), Does.Contain(TheToolsScenarioSet));

        // When verified as it is, then it is intact
        var verify = await CliProcess.RunAsync("verify", bundle);
        Assert.That((verify.ExitCode, verify.Out), Is.EqualTo((0, $"intact: {bundle} matches its certificate and this tool's scenario set\n")), verify.Error);

        // Then one byte flipped in any file fails verification, naming the file (the CLI for one, the verifier for all)
        foreach (var file in files)
        {
            var copy = Path.Combine(project.Root, "tampered");
            CopyFolder(bundle, copy);
            var path = Path.Combine(copy, file);
            var bytes = File.ReadAllBytes(path);
            bytes[bytes.Length / 2] ^= 0x01;
            File.WriteAllBytes(path, bytes);

            var problems = CertificateVerifier.Verify(copy, TheToolsScenarioSet);
            Assert.That(problems, Is.Not.Empty, file);
            Assert.That(string.Join("\n", problems), Does.Contain(file), file);
            if (file == "summary.md")
            {
                var cli = await CliProcess.RunAsync("verify", copy);
                Assert.That(cli.ExitCode, Is.EqualTo(1));
                Assert.That(cli.Out, Does.StartWith("MISMATCH summary.md: modified"));
            }

            Directory.Delete(copy, recursive: true);
        }
    }

    [Test]
    public void TheCertificateNamesTheMachineAndTheCapabilitiesTheProbeSawWorking()
    {
        var run = ConformanceRuns.Sample() with
        {
            Probe = new ProbeResult(
            [
                new CapabilityObservation("versioning", Declared: true, ObservedCapability.Works, "read back"),
                new CapabilityObservation("tagging", Declared: true, ObservedCapability.Ignored, "accepted, no effect"),
                new CapabilityObservation("acl", Declared: false, ObservedCapability.Absent, "rejected"),
                new CapabilityObservation("eventbridge-destination", Declared: false, ObservedCapability.Works, "delivered"),
            ], [], "s3n-probe", 10),
        };

        var certificate = Certificate.Of(run, "sha256:set", new CertificationCommand("embedded", null, null), ImmutableSortedDictionary<string, string>.Empty);

        Assert.That(certificate.Machine, Is.EqualTo(ConformanceRuns.Machine));
        Assert.That(certificate.Capabilities.Observed, Is.EqualTo(new[] { "eventbridge-destination", "versioning" }));
        Assert.That(Certificate.Of(ConformanceRuns.Sample(), "sha256:set", new CertificationCommand("embedded", null, null), ImmutableSortedDictionary<string, string>.Empty)
            .Capabilities.Observed, Is.Null, "no probe, nothing observed");
    }

    [Test]
    public async Task AnAddedFileARemovedFileAndAnotherScenarioSetAreEachReported()
    {
        using var project = TempProject.Create("s3n-verify-");
        var run = ConformanceRuns.Sample();
        var runFolder = Path.Combine(project.Paths.Reports, run.RunId);
        await S3NotifyConformance.Reports.DefaultReportWriters.Conformance.WriteAsync(run, runFolder, CancellationToken.None);
        var bundle = Path.Combine(project.Root, "bundle");
        await CertificateBundle.WriteAsync(run, runFolder, bundle, "sha256:set", new CertificationCommand("targets/my-store.yaml", null, null), CancellationToken.None);

        Assert.That(CertificateVerifier.Verify(bundle, "sha256:set"), Is.Empty);
        Assert.That(CertificateVerifier.Verify(bundle, "sha256:other"), Is.EqualTo(new[] { "certificate.json: scenario set sha256:set (s3notify 1.0.0) is not this tool's sha256:other" }));
        File.WriteAllText(Path.Combine(bundle, "extra.html"), "<p>trust me</p>");
        File.Delete(Path.Combine(bundle, "junit.xml"));
        Assert.That(CertificateVerifier.Verify(bundle, "sha256:set"), Is.EquivalentTo(new[] { "junit.xml: missing from the bundle", "extra.html: not in the certificate (added after certification)" }));
    }

    [Test]
    public async Task AReportEditedTogetherWithItsDigestIsStillCaught()
    {
        using var project = TempProject.Create("s3n-forge-");
        var run = ConformanceRuns.Sample();
        var runFolder = Path.Combine(project.Paths.Reports, run.RunId);
        await S3NotifyConformance.Reports.DefaultReportWriters.Conformance.WriteAsync(run, runFolder, CancellationToken.None);
        var bundle = Path.Combine(project.Root, "bundle");
        await CertificateBundle.WriteAsync(run, runFolder, bundle, "sha256:set", new CertificationCommand("embedded", null, null), CancellationToken.None);

        // Given summary.md rewritten to say "conforms" and certificate.json updated with its new digest
        var summary = Path.Combine(bundle, "summary.md");
        File.WriteAllText(summary, File.ReadAllText(summary).Replace("3 new difference(s)", "conforms"));
        var certificate = Path.Combine(bundle, "certificate.json");
        var node = JsonNode.Parse(File.ReadAllText(certificate))!;
        node["files"]!["summary.md"] = ScenarioSetDigest.OfFile(summary);
        File.WriteAllText(certificate, node.ToJsonString(S3NotifyConformance.Reports.ReportJson.Options) + "\n");

        Assert.That(CertificateVerifier.Verify(bundle, "sha256:set"), Is.EqualTo(new[] { "summary.md: altered (it is not what the bundle's results.json gives)" }));
    }

    [Test]
    public void TheScenarioSetDigestChangesWithAnyScenarioOrSnapshotByte()
    {
        using var project = TempProject.Create("s3n-digest-");
        project.WriteScenarios("a.yaml", "scenarios: []\n");
        Directory.CreateDirectory(project.Paths.Expected);
        File.WriteAllText(Path.Combine(project.Paths.Expected, "a.verified.json"), "{}");
        var before = ScenarioSetDigest.Of(project.Paths.Scenarios, project.Paths.Expected);
        File.WriteAllText(Path.Combine(project.Paths.Expected, "a.received.json"), "{\"ignored\":true}");
        Assert.That(ScenarioSetDigest.Of(project.Paths.Scenarios, project.Paths.Expected), Is.EqualTo(before), "received snapshots are not part of the set");
        File.WriteAllText(Path.Combine(project.Paths.Expected, "a.verified.json"), "{ }");
        Assert.That(ScenarioSetDigest.Of(project.Paths.Scenarios, project.Paths.Expected), Is.Not.EqualTo(before));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
