using S3NotifyConformance.Judging;

namespace S3NotifyConformance.Tests.Judging;

public sealed class BaselineTests
{
    private static readonly Finding EventSource = new("record.shape", "ObjectCreated:Put for key 'a' eventSource", "aws:s3", "ceph:s3") { Aspect = "eventSource", Field = "eventSource" };
    private static readonly Finding KeyEncoding = new("record.key-encoding", "ObjectCreated:Put for key 'a b' s3.object.key", "a+b", "a%20b")
    {
        Aspect = "s3.object.key",
        ActualClass = "percent-encoded with space as %20",
    };

    private static readonly Baseline Known = new("ceph-rgw",
    [
        new BaselineEntry(EventSource.Fingerprint, "RGW names itself ceph:s3", [], Example: "created/put"),
        new BaselineEntry(KeyEncoding.Fingerprint, "RGW percent-encodes spaces", ["keys/*"]),
    ]);

    [Test]
    public void AFailedScenarioWhoseFindingsAreAllListedIsAKnownDeviationWithTheirReasons() =>
        Assert.That(Known.Apply("keys/space", ScenarioOutcome.Failed, [EventSource, KeyEncoding]),
            Is.EqualTo((ScenarioOutcome.KnownDeviation, "RGW names itself ceph:s3; RGW percent-encodes spaces")));

    [Test]
    public void AKnownScenarioThatShowsANewFingerprintStillFailsAndTheNewFindingIsNamed()
    {
        var regression = KeyEncoding with { ActualClass = "the key unencoded", Actual = "a b" };

        Assert.That(Known.Apply("keys/space", ScenarioOutcome.Failed, [EventSource, regression]), Is.EqualTo((ScenarioOutcome.Failed, (string?)null)));
        Assert.That(Known.NewFindings("keys/space", [EventSource, regression]).Select(f => f.Fingerprint), Is.EqualTo(new[] { regression.Fingerprint }));
    }

    [Test]
    public void AnEntryLimitedToScenariosDoesNotCoverOthers() =>
        Assert.That(Known.Apply("filters/prefix-hit", ScenarioOutcome.Failed, [KeyEncoding]).Outcome, Is.EqualTo(ScenarioOutcome.Failed));

    [Test]
    public void FindingsCausedByAListedBlockingFindingNeedNoEntryOfTheirOwn()
    {
        var rejected = new Finding("api.outcome", "step 0 PutBucketNotificationConfiguration", "success", "HTTP 400 MalformedXML") { Aspect = "PutBucketNotificationConfiguration", Blocking = true };
        var baseline = new Baseline("x", [new BaselineEntry(rejected.Fingerprint, "rejects filters", [])]);
        var lost = new Finding("delivery.lost", "ObjectCreated:Put for key 'a'", "one event", "none") { CausedBy = rejected.Fingerprint };

        Assert.That(baseline.Apply("filters/prefix-hit", ScenarioOutcome.Failed, [rejected, lost]).Outcome, Is.EqualTo(ScenarioOutcome.KnownDeviation));
    }

    [Test]
    public void PassesAndOtherOutcomesAreLeftAsTheyAre()
    {
        Assert.That(Known.Apply("keys/space", ScenarioOutcome.Passed, []), Is.EqualTo((ScenarioOutcome.Passed, (string?)null)));
        Assert.That(Known.Apply("acl/put", ScenarioOutcome.Unsupported, []), Is.EqualTo((ScenarioOutcome.Unsupported, (string?)null)));
    }

    [Test]
    public void AnEntryWhoseExampleRanWithoutItsFingerprintIsFixed()
    {
        var fixedOnes = Known.Fixed([("created/put", ScenarioOutcome.Passed, []), ("keys/space", ScenarioOutcome.Failed, [KeyEncoding])]);
        Assert.That(fixedOnes.Select(e => e.Reason), Is.EqualTo(new[] { "RGW names itself ceph:s3" }));

        Assert.That(Known.Fixed([("keys/space", ScenarioOutcome.Failed, [KeyEncoding])]), Is.Empty, "its example did not run");
    }

    [Test]
    public void FingerprintsDoNotDependOnRunValues()
    {
        var a = new Finding("api.outcome", "step 0 PutBucketNotificationConfiguration", "success", "HTTP 400 InvalidArgument: , BucketName=s3n-20261123t170036-h01h-0001");
        var b = a with { Actual = "HTTP 400 InvalidArgument: , BucketName=s3n-20261201t090000-zz9a-0177" };

        Assert.That(a.Fingerprint, Is.EqualTo(b.Fingerprint));
        Assert.That(a.Fingerprint, Is.Not.EqualTo((a with { Actual = "HTTP 400 MalformedXML" }).Fingerprint));
        Assert.That(a.Fingerprint, Does.StartWith("api.outcome step 0 PutBucketNotificationConfiguration #"));
    }

    [Test]
    public void RenderedBaselineLoadsBackTheSame()
    {
        var path = Path.Combine(Path.GetTempPath(), $"s3n-baseline-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllText(path, BaselineFile.Render(Known, "test"));
            var loaded = BaselineFile.Load(path);
            Assert.That(loaded.Target, Is.EqualTo(Known.Target));
            Assert.That(loaded.Entries.Select(e => (e.Fingerprint, e.Reason, string.Join(",", e.Scenarios), e.Example)),
                Is.EqualTo(Known.Entries.Select(e => (e.Fingerprint, e.Reason, string.Join(",", e.Scenarios), e.Example))));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestCase("target: x\ndifferences:\n  - fingerprint: 'record.shape eventSource #1'\n", "has no reason")]
    [TestCase("target: x\ndifferences:\n  - reason: why\n", "has no fingerprint")]
    [TestCase("target: x\ndeviations:\n  - id: keys/space\n    reason: old\n", "the format before fingerprints")]
    public void AMalformedBaselineIsRejectedNamingTheProblem(string yaml, string message)
    {
        var path = Path.Combine(Path.GetTempPath(), $"s3n-baseline-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        try
        {
            Assert.That(() => BaselineFile.Load(path), Throws.TypeOf<InvalidDataException>().With.Message.Contains(message));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
