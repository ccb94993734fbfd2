using Amazon.Runtime;
using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Targets;
using S3NotifyConformance.Tests.Support;

namespace S3NotifyConformance.Tests.Targets;

/// <summary>Which targets run the Lambda scenarios: LocalStack and AWS declare <c>lambda-destination</c>, Ceph RGW and fauxqs do
/// not (every lambda/* scenario is unsupported there, naming the capability); a target declaring it without a Lambda path
/// (the target file's <c>lambda:</c>) runs the validation scenarios and reports the delivery ones unsupported, saying why.</summary>
public sealed class LambdaTargetTests
{
    private static readonly Scenario[] LambdaScenarios = [.. ScenarioLoader.LoadDirectory(Repository.Paths.Scenarios).Where(s => s.Id.StartsWith("lambda/", StringComparison.Ordinal))];

    [TestCase("localstack.yaml", true)]
    [TestCase("aws.yaml", true)]
    [TestCase("ceph-rgw.yaml", false)]
    [TestCase("fauxqs.yaml", false)]
    public void TheTargetFilesDeclareLambdaDestinationsAsTheReadmeSays(string file, bool declared) =>
        Assert.That(Declaration(file).Capabilities.Contains(Capability.LambdaDestination), Is.EqualTo(declared));

    [TestCase("ceph-rgw.yaml")]
    [TestCase("fauxqs.yaml")]
    public void EveryLambdaScenarioIsUnsupportedNamingTheCapabilityWhereItIsNotDeclared(string file)
    {
        // Given a target that does not declare lambda-destination (Ceph RGW also substitutes topics for queues)
        var connection = Connect(Declaration(file));

        // When / Then
        Assert.That(LambdaScenarios, Is.Not.Empty);
        foreach (var scenario in LambdaScenarios)
        {
            Assert.That(connection.Missing(scenario.Needs, scenario.LiteralDestinationNeeds), Has.Member(Capability.LambdaDestination), scenario.Id);
        }
    }

    [Test]
    public void ADeclaredTargetWithoutAForwardingFunctionRunsValidationAndNamesWhyDeliveryIsUnsupported()
    {
        // Given aws.yaml as committed: lambda-destination declared, its lambda: line commented out
        var connection = Connect(Declaration("aws.yaml"));

        // When
        var put = LambdaScenarios.Single(s => s.Id == "lambda/put");
        var validation = LambdaScenarios.Single(s => s.Id == "lambda/arn-unparseable-skip-validation");

        // Then
        Assert.That(connection.Missing(put.Needs, put.LiteralDestinationNeeds), Is.Empty);
        Assert.That(connection.LambdaPathMissing(put.AllConfigurations), Does.StartWith("lambda-destination (declared, but").And.Contain("lambda:"));
        Assert.That(connection.LambdaPathMissing(validation.AllConfigurations), Is.Null);
    }

    [Test]
    public void ATargetFileNamesItsForwardingFunction()
    {
        // Given a target file with a lambda: line
        var file = TargetFileLoader.Load(Path.Combine(Repository.Paths.Targets, "aws.yaml"));
        file.Lambda = new TargetLambdaFile { FunctionArn = "arn:aws:lambda:us-east-1:123456789012:function:s3n-forwarder", ForwardsTo = "queue" };

        // When
        var connection = Connect(TargetDeclaration.From(file, "aws.yaml", TargetTimings.Remote));

        // Then
        Assert.That(connection.Lambda, Is.EqualTo(LambdaDelivery.Forwarding("arn:aws:lambda:us-east-1:123456789012:function:s3n-forwarder")));
        Assert.That(connection.LambdaPathMissing(LambdaScenarios.Single(s => s.Id == "lambda/put").AllConfigurations), Is.Null);
    }

    [TestCase("not-an-arn", "queue", "functionArn")]
    [TestCase("arn:aws:lambda:us-east-1:123456789012:function:f", "topic", "forwardsTo")]
    public void ABadLambdaLineIsASetupErrorNamingTheKey(string arn, string forwardsTo, string key)
    {
        var file = TargetFileLoader.Load(Path.Combine(Repository.Paths.Targets, "aws.yaml"));
        file.Lambda = new TargetLambdaFile { FunctionArn = arn, ForwardsTo = forwardsTo };
        var error = Assert.Throws<TargetSetupException>(() => TargetDeclaration.From(file, "aws.yaml", TargetTimings.Remote));
        Assert.That(error!.Message, Does.Contain("lambda: " + key));
    }

    private static TargetDeclaration Declaration(string file) => TargetDeclaration.Load(Path.Combine(Repository.Paths.Targets, file), TargetTimings.Remote);

    private static TargetConnection Connect(TargetDeclaration declaration) => declaration.Connect(
        declaration.Name, "test", new TargetEndpoints(new Uri("http://127.0.0.1:1/"), new Uri("http://127.0.0.1:1/"), new Uri("http://127.0.0.1:1/")),
        "us-east-1", new AnonymousAWSCredentials(), declaration.Delivery);
}
