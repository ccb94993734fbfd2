using Amazon.Runtime;
using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Tests.Targets;

/// <summary>A declared substitute stands in for a missing destination kind, except where a scenario names an ARN itself.</summary>
public sealed class DestinationSubstituteTests
{
    private static TargetConnection Rgw(bool substitute) => new(
        "ceph-rgw", "ceph-rgw", new TargetEndpoints(new Uri("http://127.0.0.1:1"), null, new Uri("http://127.0.0.1:1")), "default",
        new BasicAWSCredentials("a", "b"), [Capability.SnsDestination, Capability.Versioning], TargetTimings.Remote, DeliveryPath.HttpPush,
        DestinationSubstitutes: substitute ? ImmutableSortedDictionary<DestinationKind, DestinationKind>.Empty.Add(DestinationKind.Sqs, DestinationKind.Sns) : null);

    [Test]
    public void AProvisionedQueueIsNotMissingWhereTopicsStandInForQueues() =>
        Assert.That(Rgw(substitute: true).Missing([Capability.SqsDestination, Capability.Versioning]), Is.Empty);

    [Test]
    public void AQueueIsMissingWithoutASubstitute() =>
        Assert.That(Rgw(substitute: false).Missing([Capability.SqsDestination]), Is.EqualTo(new[] { Capability.SqsDestination }));

    [Test]
    public void ALiteralQueueArnStillNeedsQueues() =>
        Assert.That(Rgw(substitute: true).Missing([Capability.SqsDestination], [Capability.SqsDestination]), Is.EqualTo(new[] { Capability.SqsDestination }));

    [Test]
    public void ASubstituteTheTargetLacksStandsInForNothing() =>
        Assert.That(Rgw(substitute: true).Missing([Capability.LambdaDestination]), Is.EqualTo(new[] { Capability.LambdaDestination }));

    [Test]
    public void AScenarioWhosePointIsTheDestinationKindIsUnsupportedWhereOnlyASubstituteExists()
    {
        // Given a scenario that declares the queue kind as its point, and one that merely uses a queue
        var declared = ScenarioWith(["sqs-destination"]);
        var using_ = ScenarioWith([]);

        // Then the substitute stands in for the second only
        Assert.That(Rgw(substitute: true).Missing(declared.Needs, declared.LiteralDestinationNeeds), Is.EqualTo(new[] { Capability.SqsDestination }));
        Assert.That(Rgw(substitute: true).Missing(using_.Needs, using_.LiteralDestinationNeeds), Is.Empty);
    }

    private static Scenario ScenarioWith(string[] needs) => ScenarioLoader.Parse($$"""
        scenarios:
          - id: t/queue
            source: inferred fixture
            needs: [{{string.Join(", ", needs)}}]
            notification: [{ id: q, destination: sqs, events: ["s3:ObjectCreated:*"] }]
            steps: [{ put: { key: k } }]
        """, "t.yaml").Single();
}
