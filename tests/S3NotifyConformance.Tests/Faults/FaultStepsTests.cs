using S3NotifyConformance.Faults;
using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Faults;

/// <summary>A bad fault spec fails when scenarios are loaded, in one line naming the file, the scenario, the step and the field,
/// not when its step runs.</summary>
public sealed class FaultStepsTests
{
    private static ImmutableArray<Scenario> WithFault(string spec) => ScenarioLoader.Parse($$"""
        scenarios:
          - id: delivery/bad
            title: t
            source: documentation EventNotifications
            notification:
              - { id: id0001, destination: sqs, events: ["s3:ObjectCreated:*"] }
            steps:
              - put: { key: before }
              - fault: { spec: "{{spec}}" }
              - recover: {}
        """, "scenarios/bad.yaml");

    [TestCase("endpoint-gone:for=2s", "unknown fault 'endpoint-gone'")]
    [TestCase("endpoint-down", "for= is missing")]
    [TestCase("endpoint-error:for=2s,status=200", "status= must be an HTTP error status")]
    [TestCase("endpoint-down:at=1s,for=2s", "a step takes no at=")]
    public void ABadSpecIsOneLineNamingFileScenarioStepAndField(string spec, string why)
    {
        // Given
        var scenarios = WithFault(spec);

        // When
        var error = Assert.Throws<ScenarioDefinitionException>(() => FaultSteps.Validate(scenarios))!;

        // Then
        Assert.That(error.Message, Does.StartWith("scenarios/bad.yaml: scenario 'delivery/bad': step 2 (fault) spec: "));
        Assert.That(error.Message, Does.Contain(why));
        Assert.That(error.Message, Does.Not.Contain('\n'));
    }

    [TestCase("endpoint-down:for=2s")]
    [TestCase("endpoint-error:for=2s,status=503")]
    [TestCase("endpoint-slow:for=1s,delay=500ms")]
    public void AGoodSpecLoads(string spec) => Assert.DoesNotThrow(() => FaultSteps.Validate(WithFault(spec)));

    [Test]
    public void TheShippedScenariosFaultStepsAreValid() =>
        Assert.DoesNotThrow(() => FaultSteps.Validate(ScenarioLoader.LoadDirectory(Repository.Paths.Scenarios)));
}
