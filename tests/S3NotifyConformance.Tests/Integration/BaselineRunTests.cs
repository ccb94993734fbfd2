using S3NotifyConformance.Judging;
using S3NotifyConformance.Running;
using S3NotifyConformance.Targets;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Integration;

/// <summary>A run with a baseline listing its failing scenario succeeds and reports a known deviation; without the entry it fails.</summary>
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

    [Test]
    public async Task AListedFailureIsAKnownDeviationAndRemovingTheEntryFailsTheRun()
    {
        // Given
        using var project = TempProject.Create("s3n-baseline-run-");
        var paths = project.Paths;
        project.WriteScenarios("demo.yaml", FailingScenario);
        var baselinePath = Path.Combine(project.Root, "embedded.yaml");
        File.WriteAllText(baselinePath, BaselineFile.Render(new Baseline("embedded", [new BaselineEntry("demo/*", "fixture fails on purpose")]), "test"));
        await using var store = await RunningStoreTarget.StartStoreAsync();
        var runner = new HarnessRunner(new RunningStoreTarget(store).Catalog(), NullRunProgress.Instance);

        // When run with the baseline
        var withBaseline = (await runner.RunAsync(new RunOptions(null, null, paths.Reports, paths, BaselinePath: baselinePath), CancellationToken.None)).Result;

        // Then it succeeds, reporting a known deviation
        Assert.That(withBaseline.Succeeded, Is.True);
        Assert.That(withBaseline.Scenarios.Single().Outcome, Is.EqualTo(ScenarioOutcome.KnownDeviation));
        Assert.That(withBaseline.Scenarios.Single().DeviationReason, Is.EqualTo("fixture fails on purpose"));

        // When run without it, the run fails
        var without = (await runner.RunAsync(new RunOptions(null, null, paths.Reports, paths), CancellationToken.None)).Result;
        Assert.That(without.Succeeded, Is.False);
        Assert.That(without.Scenarios.Single().Outcome, Is.EqualTo(ScenarioOutcome.Failed));

        // And a baseline for another target is a setup error, not a silent pass
        File.WriteAllText(baselinePath, BaselineFile.Render(new Baseline("ceph-rgw", []), "test"));
        Assert.That(async () => await runner.RunAsync(new RunOptions(null, null, paths.Reports, paths, BaselinePath: baselinePath), CancellationToken.None),
            Throws.TypeOf<TargetSetupException>().With.Message.Contains("is for target 'ceph-rgw'"));
    }
}
