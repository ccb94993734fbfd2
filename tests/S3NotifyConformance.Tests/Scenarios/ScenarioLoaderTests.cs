using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Scenarios;

public sealed class ScenarioLoaderTests
{
    [Test]
    public void ParsesStepsConfigurationsAndExpectations()
    {
        // Given
        const string yaml = """
            scenarios:
              - id: group/name
                title: A title
                source: aws-recorded SQS::test_x
                versioning: enabled
                notification:
                  - { id: c1, destination: sns, events: ["s3:ObjectCreated:*"], prefix: a/, suffix: .txt }
                steps:
                  - put: { key: a/b.txt, body: hello, as: v1 }
                  - delete: { key: a/b.txt, version: v1 }
                  - deleteMany: { keys: [x, y], quiet: true }
                expect: { noEvents: true }
            """;

        // When
        var scenario = ScenarioLoader.Parse(yaml, "inline.yaml").Single();

        // Then
        Assert.That(scenario.Id, Is.EqualTo("group/name"));
        Assert.That(scenario.Source, Is.EqualTo(new ScenarioSource("aws-recorded", "SQS::test_x")));
        Assert.That(scenario.Versioning, Is.EqualTo(BucketVersioning.Enabled));
        var configuration = scenario.Notification.Configurations.Single();
        Assert.That((configuration.Destination, configuration.Prefix, configuration.Suffix), Is.EqualTo((DestinationKind.Sns, "a/", ".txt")));
        Assert.That(scenario.Steps[0], Is.EqualTo(new PutObjectStep("a/b.txt", new ObjectBody("hello", 0)) { Label = "v1" }));
        Assert.That(scenario.Steps[1], Is.EqualTo(new DeleteObjectStep("a/b.txt", "v1")));
        Assert.That(((DeleteObjectsStep)scenario.Steps[2]).Keys, Is.EqualTo(new[] { "x", "y" }));
        Assert.That(scenario.Expect.NoEvents, Is.True);
        Assert.That(scenario.Needs, Is.EquivalentTo(new[] { Capability.Versioning, Capability.SnsDestination }));
    }

    [TestCase("region: second", BucketRegion.Second, true)]
    [TestCase("region: target", BucketRegion.Target, false)]
    [TestCase("", BucketRegion.Target, false)]
    public void RegionSecondPutsTheBucketInTheTargetsSecondRegionAndNeedsIt(string line, BucketRegion region, bool needed)
    {
        // Given a scenario with or without a region line
        var yaml = $"scenarios:\n  - id: a/b\n    source: inferred x\n    {line}\n    notification: [{{ destination: eventbridge }}]\n";

        // When it is loaded
        var scenario = ScenarioLoader.Parse(yaml, "inline.yaml").Single();

        // Then its bucket region is the one written, and only the second region needs the second-region capability
        Assert.That(scenario.Region, Is.EqualTo(region));
        Assert.That(scenario.Needs.Contains(Capability.SecondRegion), Is.EqualTo(needed));
        Assert.That(Capability.SecondRegion.ToName(), Is.EqualTo("second-region"));
    }

    [Test]
    public void UnknownKeyIsAnErrorNamingFileAndLine()
    {
        const string yaml = "scenarios:\n  - id: a/b\n    source: inferred x\n    stpes: []\n";
        var error = Assert.Throws<ScenarioDefinitionException>(() => ScenarioLoader.Parse(yaml, "bad.yaml"));
        Assert.That(error!.Message, Does.StartWith("bad.yaml:4:"));
    }

    [TestCase("source: guessed x", "source must start with")]
    [TestCase("needs: [teleport]", "unknown capability 'teleport'")]
    [TestCase("versioning: maybe", "versioning must be")]
    [TestCase("region: us-west-2", "region must be target or second")]
    public void InvalidFieldIsAnErrorNamingTheScenario(string line, string message)
    {
        var yaml = $"scenarios:\n  - id: a/b\n    source: inferred x\n    steps: [{{ put: {{ key: k }} }}]\n    {line}\n".Replace("source: inferred x\n    source", "source");
        var error = Assert.Throws<ScenarioDefinitionException>(() => ScenarioLoader.Parse(yaml, "bad.yaml"));
        Assert.That(error!.Message, Does.Contain("scenario 'a/b'").And.Contain(message));
    }

    [TestCase("denies-s3", DestinationPolicy.DeniesS3)]
    [TestCase("other-bucket", DestinationPolicy.OtherBucket)]
    [TestCase(null, DestinationPolicy.GrantsS3)]
    public void DestinationPolicyIsReadFromTheConfiguration(string? value, DestinationPolicy expected)
    {
        // Given a queue configuration with or without destinationPolicy
        var field = value is null ? string.Empty : $", destinationPolicy: {value}";
        var yaml = $"scenarios:\n  - id: a/b\n    source: inferred x\n    notification: [{{ destination: sqs, events: [\"s3:ObjectCreated:*\"]{field} }}]\n";

        // When it is loaded
        var scenario = ScenarioLoader.Parse(yaml, "inline.yaml").Single();

        // Then the provisioned queue's policy is the one written, grants-s3 by default; only a refusing one needs destination-policy
        Assert.That(scenario.Notification.Configurations.Single().DestinationPolicy, Is.EqualTo(expected));
        Assert.That(scenario.Needs.Contains(Capability.DestinationPolicy), Is.EqualTo(expected != DestinationPolicy.GrantsS3));
        Assert.That(Capability.DestinationPolicy.ToName(), Is.EqualTo("destination-policy"));
    }

    [TestCase("destination: sqs, destinationPolicy: allows-everyone", "destinationPolicy must be grants-s3, denies-s3, other-bucket, not 'allows-everyone'")]
    [TestCase("destination: lambda, destinationPolicy: denies-s3", "destinationPolicy applies to a queue or topic the harness provisions")]
    [TestCase("destination: sqs, arn: \"arn:aws:sqs:us-east-1:000000000000:q\", destinationPolicy: denies-s3", "destinationPolicy applies to a queue or topic the harness provisions")]
    public void BadDestinationPolicyIsAnErrorNamingFileScenarioAndField(string configuration, string message)
    {
        var yaml = $"scenarios:\n  - id: a/b\n    source: inferred x\n    notification: [{{ {configuration}, events: [\"s3:ObjectCreated:*\"] }}]\n";
        var error = Assert.Throws<ScenarioDefinitionException>(() => ScenarioLoader.Parse(yaml, "bad.yaml"));
        Assert.That(error!.Message, Does.StartWith("bad.yaml: scenario 'a/b': configuration 1: ").And.Contain(message));
    }

    [Test]
    public void ConfigurationsSharingADestinationMustAgreeOnItsPolicy()
    {
        const string yaml = "scenarios:\n  - id: a/b\n    source: inferred x\n    notification:\n"
            + "      - { destination: sqs, events: [\"s3:ObjectCreated:*\"], shares: q, destinationPolicy: denies-s3 }\n"
            + "      - { destination: sqs, events: [\"s3:ObjectRemoved:*\"], shares: q }\n";
        var error = Assert.Throws<ScenarioDefinitionException>(() => ScenarioLoader.Parse(yaml, "bad.yaml"));
        Assert.That(error!.Message, Does.Contain("scenario 'a/b'").And.Contain("sharing destination 'q' ask for different destinationPolicy values"));
    }

    [Test]
    public void UnknownOperationListsTheKnownOnes()
    {
        const string yaml = "scenarios:\n  - id: a/b\n    source: inferred x\n    steps: [{ teleport: { key: k } }]\n";
        var error = Assert.Throws<ScenarioDefinitionException>(() => ScenarioLoader.Parse(yaml, "bad.yaml"));
        Assert.That(error!.Message, Does.Contain("unknown operation 'teleport'").And.Contain("deleteMany"));
    }

    [Test]
    public void TheProjectScenariosLoadWithUniqueIdsAndAtLeastFortyOfThem()
    {
        var scenarios = ScenarioLoader.LoadDirectory(Repository.Paths.Scenarios);
        Assert.That(scenarios, Has.Length.GreaterThanOrEqualTo(40));
        Assert.That(scenarios.Select(s => s.Id), Is.Unique);
    }

    [Test]
    public void EveryProjectScenarioNamesKnownEventNamesOrIsAValidationScenario()
    {
        var unknown = ScenarioLoader.LoadDirectory(Repository.Paths.Scenarios)
            .Where(s => !s.Id.StartsWith("validation/", StringComparison.Ordinal))
            .SelectMany(s => s.AllConfigurations.SelectMany(c => c.Events).Select(e => (s.Id, e)))
            .Where(p => !EventNames.IsKnown(p.e));
        Assert.That(unknown, Is.Empty);
    }
}
