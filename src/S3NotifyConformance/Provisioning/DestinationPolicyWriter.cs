using Amazon.SQS.Model;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Provisioning;

/// <summary>Replaces a provisioned queue's or topic's access policy with one that does not let Amazon S3 publish for the
/// scenario's bucket (<see cref="DestinationPolicy"/>), for the scenarios of a destination S3 must refuse at configuration time
/// ("Granting permissions to publish event notification messages to a destination"; truth: Configuration validation). The
/// destination keeps its name, subscription and collector: only who may send to it changes.</summary>
public static class DestinationPolicyWriter
{
    /// <summary>Applies <paramref name="policy"/> to what S3 would publish to (the queue of a QueueConfiguration, the topic of a
    /// TopicConfiguration); <see cref="DestinationPolicy.GrantsS3"/> leaves the provisioner's granting policy in place.</summary>
    public static async Task ApplyAsync(ProvisioningClients clients, ProvisionedDestination destination, DestinationPolicy policy, string bucket, CancellationToken cancellationToken)
    {
        if (policy == DestinationPolicy.GrantsS3)
        {
            return;
        }

        switch (destination.WireKind)
        {
            case DestinationKind.Sqs:
                var sqs = clients.Sqs ?? throw new InvalidOperationException("a queue's policy needs an SQS endpoint");
                var url = destination.QueueUrl ?? throw new InvalidOperationException($"queue {destination.Arn} has no URL");
                await sqs.SetQueueAttributesAsync(new SetQueueAttributesRequest
                {
                    QueueUrl = url,
                    Attributes = new() { ["Policy"] = Document(policy, "SQS:SendMessage", destination.Arn, bucket) },
                }, cancellationToken);
                break;
            case DestinationKind.Sns:
                var sns = clients.Sns ?? throw new InvalidOperationException("a topic's policy needs an SNS endpoint");
                await sns.SetTopicAttributeAsync(destination.Arn, "Policy", Document(policy, "SNS:Publish", destination.Arn, bucket), cancellationToken);
                break;
            default:
                throw new InvalidOperationException($"destinationPolicy applies to queues and topics, not {destination.WireKind}");
        }
    }

    /// <summary>The policy document: the account's own principals only (denies-s3), or the S3 service principal for another
    /// bucket's <c>aws:SourceArn</c> (other-bucket).</summary>
    public static string Document(DestinationPolicy policy, string action, string resource, string bucket) => policy == DestinationPolicy.DeniesS3
        ? AccessPolicyDocument.ForAccount(AccountOf(resource), action, resource)
        : AccessPolicyDocument.ForService("s3.amazonaws.com", action, resource, $"arn:aws:s3:::{bucket}-elsewhere");

    // arn:partition:service:region:account:name; stores without accounts in their ARNs (RGW) get the placeholder account.
    private static string AccountOf(string arn) =>
        arn.Split(':') is { Length: >= 6 } parts && parts[4].Length > 0 ? parts[4] : ArnTemplate.DefaultAccount;
}
