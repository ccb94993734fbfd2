using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Tests.Provisioning;

/// <summary>The policies a destination S3 must refuse is given ("Granting permissions to publish event notification messages to
/// a destination"): neither lets the S3 service principal send for the scenario's bucket.</summary>
public sealed class DestinationPolicyWriterTests
{
    private const string Queue = "arn:aws:sqs:us-east-1:123456789012:q";

    [Test]
    public void DeniesS3GrantsOnlyTheAccountItself()
    {
        // When
        var statement = JsonNode.Parse(DestinationPolicyWriter.Document(DestinationPolicy.DeniesS3, "SQS:SendMessage", Queue, "bucket"))!["Statement"]![0]!;

        // Then
        Assert.That(statement["Principal"]!.ToJsonString(), Is.EqualTo("""{"AWS":"arn:aws:iam::123456789012:root"}"""));
        Assert.That(statement["Action"]!.GetValue<string>(), Is.EqualTo("SQS:SendMessage"));
        Assert.That(statement["Resource"]!.GetValue<string>(), Is.EqualTo(Queue));
    }

    [TestCase(DestinationPolicy.DeniesS3)]
    [TestCase(DestinationPolicy.OtherBucket)]
    public void TheReferenceStoreRefusesBoth(DestinationPolicy policy)
    {
        var document = DestinationPolicyWriter.Document(policy, "SQS:SendMessage", Queue, "bucket");
        Assert.That(S3NotifyConformance.ReferenceStore.Notifications.DestinationAccessPolicy.AllowsS3(document, "sqs:SendMessage", Queue, "bucket", "123456789012"), Is.False);
    }

    [Test]
    public void OtherBucketGrantsS3ForABucketThatIsNotThisOne()
    {
        // When
        var statement = JsonNode.Parse(DestinationPolicyWriter.Document(DestinationPolicy.OtherBucket, "SNS:Publish", Queue, "bucket"))!["Statement"]![0]!;

        // Then
        Assert.That(statement["Principal"]!["Service"]!.GetValue<string>(), Is.EqualTo("s3.amazonaws.com"));
        var sourceArn = statement["Condition"]!["ArnLike"]!["aws:SourceArn"]!.GetValue<string>();
        Assert.That(sourceArn, Does.StartWith("arn:aws:s3:::"));
        Assert.That(sourceArn, Is.Not.EqualTo("arn:aws:s3:::bucket"));
    }
}
