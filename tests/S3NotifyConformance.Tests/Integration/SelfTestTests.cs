using S3NotifyConformance.ReferenceStore.Faults;
using S3NotifyConformance.Reports.SelfTest;
using S3NotifyConformance.Running.SelfTest;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Integration;

/// <summary>The self-test on a few faults over a few scenarios: each must-fail fault is caught by the rule that judges what it
/// breaks, the must-not fault and the control run fail nothing, and the reports render from results.json.</summary>
[NonParallelizable]
public sealed class SelfTestTests
{
    private const string Scenarios = "created/put-overwrite,test-event/sqs,keys/space,concurrency/versioned-many-keys";

    private string _reports = null!;

    [SetUp]
    public void CreateReportFolder() => _reports = Path.Combine(Path.GetTempPath(), "s3n-selftest-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void RemoveReportFolder()
    {
        if (Directory.Exists(_reports))
        {
            Directory.Delete(_reports, true);
        }
    }

    [Test]
    public async Task SeededFaultsAreCaughtByTheirRulesAndReorderingAcrossKeysIsNot()
    {
        // Given three must-fail faults and one must-not fault over four scenarios
        ImmutableArray<StoreFault> faults = [StoreFault.SequencerDecreasing, StoreFault.TestEventMissing, StoreFault.KeySpaceAsPercent20, StoreFault.ReorderAcrossKeys];

        // When
        var (result, directory) = await new SelfTestRunner().RunAsync(new SelfTestOptions(faults, Scenarios, _reports, Repository.Paths), CancellationToken.None);

        // Then
        var verdicts = result.Faults.ToDictionary(f => f.Fault);
        Assert.That(verdicts.Keys, Is.EqualTo(new[] { "none", "sequencer-decreasing", "test-event-missing", "key-space-percent20", "reorder-across-keys" }));
        Assert.That(verdicts["none"].Verdict, Is.EqualTo("quiet"), string.Join(", ", verdicts["none"].FailedScenarios));
        AssertCaught(verdicts["sequencer-decreasing"], "order.sequencer", "created/put-overwrite");
        AssertCaught(verdicts["test-event-missing"], "test-event", "test-event/sqs");
        AssertCaught(verdicts["key-space-percent20"], "record.key-encoding", "keys/space");
        Assert.That(verdicts["reorder-across-keys"].Verdict, Is.EqualTo("quiet"), string.Join(", ", verdicts["reorder-across-keys"].FailedScenarios));
        Assert.That((result.Caught, result.MustFailCount, result.Score, result.Succeeded), Is.EqualTo((3, 3, 1.0, true)));

        var fromJson = SelfTestResult.Read(Path.Combine(directory, "results.json"));
        Assert.That(File.ReadAllText(Path.Combine(directory, "summary.md")), Is.EqualTo(new SelfTestMarkdownReportWriter().Render(fromJson)));
        Assert.That(Directory.Exists(Path.Combine(directory, verdicts["sequencer-decreasing"].RunDirectory)), Is.True);
    }

    [Test]
    public void AMissedMustFailFaultOrAFlaggedMustNotFaultFailsTheSelfTest()
    {
        // Given verdicts of a caught, a missed and a falsely flagged fault
        var caught = Verdict("etag-quoted", mustFail: true, flagged: true);
        var missed = Verdict("event-time-year-off", mustFail: true, flagged: false);
        var falseAlarm = Verdict("reorder-across-keys", mustFail: false, flagged: true);

        // When / Then
        Assert.That(Result(caught).Succeeded, Is.True);
        Assert.That((Result(caught, missed).Succeeded, Result(caught, missed).Score), Is.EqualTo((false, 0.5)));
        Assert.That((Result(caught, falseAlarm).Succeeded, Result(caught, falseAlarm).FalseAlarms), Is.EqualTo((false, 1)));
        Assert.That((missed.Verdict, falseAlarm.Verdict), Is.EqualTo(("missed", "false alarm")));
    }

    private static void AssertCaught(FaultVerdict verdict, string rule, string scenario)
    {
        Assert.That(verdict.Verdict, Is.EqualTo("caught"), verdict.Fault);
        Assert.That(verdict.FailedScenarios, Does.Contain(scenario), verdict.Fault);
        var catching = verdict.Rules.SingleOrDefault(r => r.Rule == rule);
        Assert.That(catching, Is.Not.Null, $"{verdict.Fault}: rules {string.Join(", ", verdict.Rules.Select(r => r.Rule))}");
        Assert.That(catching!.Fingerprints, Is.Not.Empty.And.All.StartsWith(rule + " "));
    }

    private static FaultVerdict Verdict(string fault, bool mustFail, bool flagged) =>
        new(fault, "RecordFields", mustFail, fault, 1, flagged ? ["created/put"] : [], 0, [], $"faults/{fault}", 1);

    private static SelfTestResult Result(params FaultVerdict[] verdicts) =>
        new(new RunHeader(RunKind.SelfTest, "20261201t000000-test", "s3notify test", SelfTestResult.ReferenceStore, new RunMachine("test OS", 2, 24, "10.0.0"),
            DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch), null, 1, [.. verdicts]);
}
