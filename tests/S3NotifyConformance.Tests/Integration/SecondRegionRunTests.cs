using S3NotifyConformance.ReferenceStore.Faults;
using S3NotifyConformance.Judging;
using S3NotifyConformance.Reports;
using S3NotifyConformance.Running;
using S3NotifyConformance.Targets;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Integration;

/// <summary>The second-region EventBridge scenario through the whole harness on the embedded store: it passes on the honest
/// store, and a store whose events carry its own region instead of the bucket's fails it with a finding naming region.</summary>
[NonParallelizable]
public sealed class SecondRegionRunTests
{
    private const string Scenario = "eventbridge/put-in-second-region";

    private static async Task<ScenarioResult> RunAsync(StoreFault? fault)
    {
        var paths = Repository.Paths with { ReportsFolder = Path.Combine(Path.GetTempPath(), $"s3n-second-region-{Guid.NewGuid():N}") };
        try
        {
            var builder = fault is { } f ? EmbeddedTarget.DefaultBuilder.WithFault(f) : EmbeddedTarget.DefaultBuilder;
            await using var store = await RunningStoreTarget.StartStoreAsync(builder);
            var outcome = await new HarnessRunner(new RunningStoreTarget(store).Catalog(), NullRunProgress.Instance)
                .RunAsync(new RunOptions(null, Scenario, paths.Reports, paths), CancellationToken.None);
            Assert.That(outcome.Result.CleanupFailures, Is.Empty);
            return outcome.Result.Scenarios.Single();
        }
        finally
        {
            if (Directory.Exists(paths.Reports))
            {
                Directory.Delete(paths.Reports, true);
            }
        }
    }

    [Test]
    public async Task TheScenarioPassesOnTheEmbeddedStore()
    {
        // When the second-region scenario runs on the honest embedded store
        var result = await RunAsync(null);

        // Then it passes with both events paired
        Assert.That(result.Outcome, Is.EqualTo(ScenarioOutcome.Passed), string.Join("\n", result.Findings.Select(f => f.Describe())));
    }

    [Test]
    public async Task EventsCarryingTheStoresRegionInsteadOfTheBucketsAreFindingsNamingRegion()
    {
        // Given a store whose EventBridge events carry its own region (us-east-1), not the bucket's second region
        // When the second-region scenario runs on it
        var result = await RunAsync(StoreFault.EventBridgeRegionOfStore);

        // Then it fails, and the findings name region, expecting the second region the harness created the bucket in
        Assert.That(result.Outcome, Is.EqualTo(ScenarioOutcome.Failed));
        var region = result.Findings.Where(f => f.Field == "region").ToList();
        Assert.That(region, Is.Not.Empty, string.Join("\n", result.Findings.Select(f => f.Describe())));
        Assert.That(region.Select(f => (f.Expected, f.Actual)), Is.All.EqualTo((TargetConnection.DefaultSecondRegion, "us-east-1")));
    }
}
