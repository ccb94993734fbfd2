using S3NotifyConformance.Actions;
using S3NotifyConformance.Collection;
using S3NotifyConformance.Judging;
using S3NotifyConformance.Judging.Rules;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Scenarios;
using static S3NotifyConformance.Tests.Support.Fakes;

namespace S3NotifyConformance.Tests.Judging;

/// <summary>Lambda destinations are judged as queues are (the record is the S3 record, LBD::test_create_object_put_via_dynamodb),
/// with two rules of their own: the event arrives bare (no SNS envelope), and S3 sends a function no s3:TestEvent.</summary>
public sealed class LambdaDestinationRuleTests
{
    private const string Function = "lambda-1";

    [Test]
    public void ALambdaRecordAsAQueueWouldGetItPassesEveryRule()
    {
        // Given a PUT under a function's configuration and the record it was invoked with
        var context = Judge(Put(), [Observed(Record("ObjectCreated:Put", "k"), 1, Function)]);

        // When / Then
        var findings = CompositeRule.Default.Judge(context).ToList();
        Assert.That(findings, Is.Empty, string.Join("\n", findings.Select(f => f.Describe())));
    }

    [Test]
    public void ALambdaEventWrappedInAnSnsEnvelopeIsAFinding()
    {
        // Given the function's record arrives inside an SNS Notification envelope
        var envelope = new JsonObject { ["Type"] = "Notification", ["TopicArn"] = "arn:aws:sns:us-east-1:000000000000:t" };
        var context = Judge(Put(), [Observed(Record("ObjectCreated:Put", "k"), 1, Function) with { Envelope = envelope }]);

        // When
        var finding = new SnsEnvelopeRule().Judge(context).Single();

        // Then
        Assert.That(finding.Aspect, Is.EqualTo("Lambda event payload"));
        Assert.That(finding.Actual, Is.EqualTo("an SNS envelope"));
    }

    [Test]
    public void AFunctionGetsNoTestEventAfterAValidatedConfiguration()
    {
        // Given a scenario that judges test events, and a test event arriving at the function
        var test = Observed(Record("ObjectCreated:Put", "k"), 2, Function) with
        {
            Record = null,
            TestEvent = new JsonObject { ["Service"] = "Amazon S3", ["Event"] = "s3:TestEvent", ["Bucket"] = Bucket },
        };
        var scenario = Scenario(new ScenarioExpectation(true, true, false));

        // When
        var withTest = new TestEventRule().Judge(Judge(Put(), [test], scenario)).ToList();
        var without = new TestEventRule().Judge(Judge(Put(), [], scenario)).ToList();

        // Then
        Assert.That(withTest.Where(f => f.Aspect == "s3:TestEvent count").Select(f => (f.Expected, f.Actual)), Is.EqualTo(new[] { ("no test event (S3 sends a Lambda function none)", "1") }));
        Assert.That(without, Is.Empty);
    }

    [Test]
    public void ARecordOutsideTheFunctionsFilterIsUnexpected()
    {
        // Given a function configured for images/ and a record of another key
        var writes = new[] { Configure(Config("s3:ObjectCreated:*", prefix: "images/", destination: Function, kind: DestinationKind.Lambda)), Write("PutObject", "logs/a", 1) };
        var context = Judge(writes, [Observed(Record("ObjectCreated:Put", "logs/a"), 1, Function)]);

        // When
        var findings = CompositeRule.Default.Judge(context).ToList();

        // Then
        Assert.That(findings.Select(f => f.Rule), Has.Member("delivery.unexpected"), string.Join("\n", findings.Select(f => f.Describe())));
    }

    private static WriteRecord[] Put() =>
        [Configure(Config("s3:ObjectCreated:*", destination: Function, kind: DestinationKind.Lambda)), Write("PutObject", "k", 1)];

    private static JudgingContext Judge(IEnumerable<WriteRecord> writes, IEnumerable<ObservedEvent> events, Scenario? scenario = null)
    {
        var evidence = Evidence(writes, events, scenario, Function);
        return JudgingContext.From(evidence with
        {
            Destinations = evidence.Destinations.SetItem(Function, new ProvisionedDestination(Function, DestinationKind.Lambda, "arn:aws:lambda:us-east-1:000000000000:function:f", null, "f")),
        });
    }
}
