using S3NotifyConformance.Judging;
using S3NotifyConformance.Running;
using S3NotifyConformance.Targets;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Integration;

/// <summary>A run with a baseline listing its differences succeeds and reports known deviations; without the baseline it fails;
/// and when a baselined scenario gains a new difference the run fails naming it.</summary>
[NonParallelizable]
public sealed class BaselineRunTests
{
    // A scenario the embedded store must fail: it expects an error that a valid configuration does not produce.
    private const string FailingScenario = """
        scenarios:
          - id: demo/expects-an-error-that-does-not-come
            source: inferred test fixture
            steps:
              - putNotification:
                  skipDestinationValidation: true
                  notification: [{ id: a, destination: sqs, events: ["s3:ObjectCreated:*"], arn: "arn:aws:sqs:{region}:{account}:q" }]
                  expectError: { code: InvalidArgument }
            expect: { snapshot: false }
        """;

    // The same scenario with a new difference: it also expects an error of a PutObject that succeeds.
    private static readonly string FailingScenarioWithANewDifference = FailingScenario.Replace(
        "    expect: { snapshot: false }",
        "      - put: { key: a.txt, expectError: { code: AccessDenied } }\n    expect: { snapshot: false }");

    [Test]
    public async Task AListedFailureIsAKnownDeviationAndRemovingTheEntryFailsTheRun()
    {
        // Given
        using var project = TempProject.Create("s3n-baseline-run-");
        var paths = project.Paths;
        project.WriteScenarios("demo.yaml", FailingScenario);
        var baselinePath = Path.Combine(project.Root, "embedded.yaml");
        await using var store = await RunningStoreTarget.StartStoreAsync();
        var runner = new HarnessRunner(new RunningStoreTarget(store).Catalog(), NullRunProgress.Instance);
        var first = (await runner.RunAsync(new RunOptions(null, null, paths.Reports, paths), CancellationToken.None)).Result;
        var difference = first.Differences.Single();
        File.WriteAllText(baselinePath, BaselineFile.Render(new Baseline("embedded", [new BaselineEntry(difference.Fingerprint, "fixture fails on purpose", [])]), "test"));

        // When run with the baseline
        var withBaseline = (await runner.RunAsync(new RunOptions(null, null, paths.Reports, paths, BaselinePath: baselinePath), CancellationToken.None)).Result;

        // Then it succeeds, reporting a known deviation and a known difference
        Assert.That(first.Succeeded, Is.False);
        Assert.That(withBaseline.Succeeded, Is.True);
        Assert.That(withBaseline.Scenarios.Single().Outcome, Is.EqualTo(ScenarioOutcome.KnownDeviation));
        Assert.That(withBaseline.Scenarios.Single().DeviationReason, Is.EqualTo("fixture fails on purpose"));
        Assert.That(withBaseline.Differences.Single().Known, Is.EqualTo("fixture fails on purpose"));
        Assert.That(withBaseline.Verdict, Does.StartWith("differs from Amazon S3 in 1 known way(s), nothing new"));

        // When the baselined scenario gains a new difference
        project.WriteScenarios("demo.yaml", FailingScenarioWithANewDifference);
        var regressed = await runner.RunAsync(new RunOptions(null, null, paths.Reports, paths, BaselinePath: baselinePath), CancellationToken.None);

        // Then the run fails, and the new difference is named in results and in summary.md
        Assert.That(regressed.Result.Succeeded, Is.False);
        Assert.That(regressed.Result.Scenarios.Single().Outcome, Is.EqualTo(ScenarioOutcome.Failed));
        var added = regressed.Result.Differences.Single(d => d.IsNew);
        Assert.That(added.Aspect, Is.EqualTo("PutObject"));
        Assert.That(regressed.Result.Verdict, Does.StartWith("1 new difference(s) from Amazon S3 (and 1 known)"));
        Assert.That(File.ReadAllText(Path.Combine(regressed.ReportDirectory, "summary.md")), Does.Contain(added.Fingerprint));

        // And a baseline for another target is a setup error, not a silent pass
        File.WriteAllText(baselinePath, BaselineFile.Render(new Baseline("ceph-rgw", []), "test"));
        Assert.That(async () => await runner.RunAsync(new RunOptions(null, null, paths.Reports, paths, BaselinePath: baselinePath), CancellationToken.None),
            Throws.TypeOf<TargetSetupException>().With.Message.Contains("is for target 'ceph-rgw'"));
    }
}
