using S3NotifyConformance.ReferenceStore.Notifications;

namespace S3NotifyConformance.Tests.ReferenceStoreTests;

/// <summary>Which queue and topic policies let S3 publish a bucket's notifications ("Granting permissions to publish event
/// notification messages to a destination"; truth: Configuration validation).</summary>
public sealed class DestinationAccessPolicyTests
{
    private const string Queue = "arn:aws:sqs:us-east-1:111122223333:q";
    private const string Account = "111122223333";

    private static string Statement(string effect, string principal, string action = "SQS:SendMessage", string resource = Queue, string? condition = null) =>
        $$"""{"Effect":"{{effect}}","Principal":{{principal}},"Action":"{{action}}","Resource":"{{resource}}"{{(condition is null ? "" : $",\"Condition\":{condition}")}}}""";

    private static string Policy(params string[] statements) => $$"""{"Version":"2012-10-17","Statement":[{{string.Join(',', statements)}}]}""";

    private const string S3 = """{"Service":"s3.amazonaws.com"}""";

    [TestCase(null, ExpectedResult = false, TestName = "no policy allows nothing")]
    [TestCase("not json", ExpectedResult = false, TestName = "a policy that does not parse allows nothing")]
    public bool NoUsablePolicy(string? policy) => DestinationAccessPolicy.AllowsS3(policy, "sqs:SendMessage", Queue, "b", Account);

    [Test]
    public void TheUserGuideExampleAllowsItsBucketOnly()
    {
        // Given: the documented shape, ArnLike aws:SourceArn of the bucket and StringEquals aws:SourceAccount of its owner
        var policy = Policy(Statement("Allow", S3, condition: $$$"""{"ArnLike":{"aws:SourceArn":"arn:aws:s3:*:*:b"},"StringEquals":{"aws:SourceAccount":"{{{Account}}}"}}"""));

        // When / Then
        Assert.That(DestinationAccessPolicy.AllowsS3(policy, "sqs:SendMessage", Queue, "b", Account), Is.True);
        Assert.That(DestinationAccessPolicy.AllowsS3(policy, "sqs:SendMessage", Queue, "other", Account), Is.False);
        Assert.That(DestinationAccessPolicy.AllowsS3(policy, "sqs:SendMessage", Queue, "b", "999999999999"), Is.False);
    }

    [TestCase("""{"AWS":"111122223333"}""", ExpectedResult = false, TestName = "another principal only")]
    [TestCase("""{"Service":"sns.amazonaws.com"}""", ExpectedResult = false, TestName = "another service only")]
    [TestCase("\"*\"", ExpectedResult = true, TestName = "everyone")]
    [TestCase("""{"AWS":["*"]}""", ExpectedResult = true, TestName = "everyone as AWS list")]
    [TestCase("""{"Service":["lambda.amazonaws.com","s3.amazonaws.com"]}""", ExpectedResult = true, TestName = "S3 in a list of services")]
    public bool Principals(string principal) => DestinationAccessPolicy.AllowsS3(Policy(Statement("Allow", principal)), "sqs:SendMessage", Queue, "b", Account);

    [TestCase("sqs:*", Queue, ExpectedResult = true, TestName = "action wildcard")]
    [TestCase("SQS:ReceiveMessage", Queue, ExpectedResult = false, TestName = "another action")]
    [TestCase("SQS:SendMessage", "arn:aws:sqs:us-east-1:111122223333:other", ExpectedResult = false, TestName = "another queue")]
    [TestCase("SQS:SendMessage", "arn:aws:sqs:*:111122223333:*", ExpectedResult = true, TestName = "resource wildcard")]
    [TestCase("sqs:Send?essage", Queue, ExpectedResult = true, TestName = "one-character wildcard")]
    [TestCase("sqs:*Mess*ge", Queue, ExpectedResult = true, TestName = "two wildcards, backtracking")]
    [TestCase("sqs:*Messages", Queue, ExpectedResult = false, TestName = "a wildcard with a tail that does not match")]
    [TestCase("SQS:SendMessage", "arn:aws:sqs:*:111122223333:q?", ExpectedResult = false, TestName = "too short for its wildcards")]
    public bool ActionsAndResources(string action, string resource) =>
        DestinationAccessPolicy.AllowsS3(Policy(Statement("Allow", S3, action, resource)), "sqs:SendMessage", Queue, "b", Account);

    [TestCase("""{"ArnEquals":{"aws:SourceArn":"arn:aws:s3:::b"}}""", ExpectedResult = true, TestName = "ArnEquals this bucket")]
    [TestCase("""{"ArnEquals":{"aws:SourceArn":"arn:aws:s3:::b-other"}}""", ExpectedResult = false, TestName = "ArnEquals another bucket")]
    [TestCase("""{"ArnLike":{"aws:SourceArn":["arn:aws:s3:::x","arn:aws:s3:::b*"]}}""", ExpectedResult = true, TestName = "ArnLike any of a list")]
    [TestCase("""{"StringEquals":{"AWS:SourceOwner":"111122223333"}}""", ExpectedResult = false, TestName = "a key S3 does not supply")]
    [TestCase("""{"NumericLessThan":{"aws:SourceAccount":"2"}}""", ExpectedResult = false, TestName = "an operator not evaluated")]
    public bool Conditions(string condition) =>
        DestinationAccessPolicy.AllowsS3(Policy(Statement("Allow", S3, condition: condition)), "sqs:SendMessage", Queue, "b", Account);

    [Test]
    public void AnExplicitDenyWinsOverAnAllow()
    {
        // Given
        var policy = Policy(Statement("Allow", S3), Statement("Deny", "\"*\"", "sqs:*"));

        // When / Then
        Assert.That(DestinationAccessPolicy.AllowsS3(policy, "sqs:SendMessage", Queue, "b", Account), Is.False);
        Assert.That(DestinationAccessPolicy.AllowsS3(Policy(Statement("Allow", S3)), "sqs:SendMessage", Queue, "b", Account), Is.True);
    }
}
