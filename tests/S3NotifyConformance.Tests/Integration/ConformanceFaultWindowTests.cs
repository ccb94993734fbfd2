using S3NotifyConformance.Reports;
using S3NotifyConformance.Running;
using S3NotifyConformance.Targets;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Integration;

/// <summary>A conformance scenario's fault steps are recorded as applied in results.json (as a load run's are), and summary.md
/// and index.html show them.</summary>
[NonParallelizable]
public sealed class ConformanceFaultWindowTests
{
    private const string Scenarios = """
        scenarios:
          - id: delivery/fixture-down
            source: inferred fixture
            needs: [persistent-delivery]
            notification: [{ id: c, destination: sqs, events: ["s3:ObjectCreated:*"] }]
            steps:
              - put: { key: before }
              - fault: { spec: "endpoint-down:for=1500ms" }
              - put: { key: during }
              - recover: {}
              - put: { key: after }
            expect: { snapshot: false }
          - id: delivery/fixture-none
            source: inferred fixture
            notification: [{ id: c, destination: sqs, events: ["s3:ObjectCreated:*"] }]
            steps: [{ put: { key: k } }]
            expect: { snapshot: false }
        """;

    [Test]
    public async Task TheAppliedWindowIsInResultsJsonAndTheReports()
    {
        // Given a scenario with a 1.5 s endpoint-down step, and one without faults, on the embedded store
        using var project = TempProject.Create("s3n-cfaults-");
        project.WriteScenarios("delivery.yaml", Scenarios);
        await using var store = await RunningStoreTarget.StartStoreAsync(EmbeddedTarget.DefaultBuilder);

        // When
        var outcome = await new HarnessRunner(new RunningStoreTarget(store).Catalog(), NullRunProgress.Instance)
            .RunAsync(new RunOptions(null, "delivery/*", project.Paths.Reports, project.Paths), CancellationToken.None);

        // Then the window is recorded once, as applied, and read back from results.json
        var read = ReportJson.Read(Path.Combine(outcome.ReportDirectory, "results.json"));
        var down = read.Scenarios.Single(s => s.Id == "delivery/fixture-down");
        Assert.That(down.Outcome, Is.EqualTo(S3NotifyConformance.Judging.ScenarioOutcome.Passed), string.Join("; ", down.Findings.Select(f => $"{f.Rule}: {f.Actual}")) + down.Error);
        var window = down.FaultWindows.Single();
        Assert.That((window.Kind, window.Error), Is.EqualTo(("endpoint-down", (string?)null)));
        Assert.That(window.Fault, Is.EqualTo("endpoint-down:for=1.5s"));
        Assert.That(window.Seconds, Is.InRange(1.4, 10.0), "at least the fault's length; the upper bound only catches a window never lifted");
        Assert.That(window.StartSeconds, Is.GreaterThan(0), "seconds count from the scenario's first step, and the fault came second");
        Assert.That(window.EndedAt - window.StartedAt, Is.EqualTo(TimeSpan.FromSeconds(window.Seconds)).Within(TimeSpan.FromMilliseconds(5)));
        Assert.That(read.Scenarios.Single(s => s.Id == "delivery/fixture-none").FaultWindows, Is.Empty);

        var summary = await File.ReadAllTextAsync(Path.Combine(outcome.ReportDirectory, "summary.md"));
        Assert.That(summary, Does.Contain("## Fault windows"));
        Assert.That(summary, Does.Contain("| `delivery/fixture-down` | `endpoint-down:for=1.5s` |"));
        var html = await File.ReadAllTextAsync(Path.Combine(outcome.ReportDirectory, "index.html"));
        Assert.That(html, Does.Contain("id=\"faults\""));
        Assert.That(html, Does.Contain("<code>endpoint-down:for=1.5s</code>"));
    }
}
