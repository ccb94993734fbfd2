using S3NotifyConformance.Judging;

namespace S3NotifyConformance.Tests.Judging;

public sealed class BaselineTests
{
    private static readonly Baseline Known = new("ceph-rgw", [new BaselineEntry("keys/*", "RGW percent-encodes spaces"), new BaselineEntry("acl/put", "no ACL events")]);

    [TestCase("keys/space", ScenarioOutcome.Failed, ScenarioOutcome.KnownDeviation, "RGW percent-encodes spaces")]
    [TestCase("keys/space", ScenarioOutcome.Passed, ScenarioOutcome.Passed, "RGW percent-encodes spaces")]
    [TestCase("acl/put", ScenarioOutcome.Unsupported, ScenarioOutcome.Unsupported, null)]
    [TestCase("created/put", ScenarioOutcome.Failed, ScenarioOutcome.Failed, null)]
    public void ListedFailuresBecomeKnownDeviationsAndListedPassesAreMarkedFixed(string id, ScenarioOutcome judged, ScenarioOutcome reported, string? reason) =>
        Assert.That(Known.Apply(id, judged), Is.EqualTo((reported, reason)));

    [Test]
    public void RenderedBaselineLoadsBackTheSame()
    {
        var path = Path.Combine(Path.GetTempPath(), $"s3n-baseline-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllText(path, BaselineFile.Render(Known, "test"));
            var loaded = BaselineFile.Load(path);
            Assert.That((loaded.Target, loaded.Entries), Is.EqualTo((Known.Target, Known.Entries)).Using<(string, ImmutableArray<BaselineEntry>)>((a, b) => a.Item1 == b.Item1 && a.Item2.SequenceEqual(b.Item2)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void AnEntryWithoutReasonIsRejected()
    {
        var path = Path.Combine(Path.GetTempPath(), $"s3n-baseline-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "target: x\ndeviations:\n  - id: keys/space\n");
        try
        {
            Assert.That(() => BaselineFile.Load(path), Throws.TypeOf<InvalidDataException>().With.Message.Contains("has no reason"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
