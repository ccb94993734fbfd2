using Amazon.SQS;
using Amazon.SQS.Model;
using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Provisioning;

/// <summary>SQS destinations: a queue for a QueueConfiguration, or a topic with a subscribed queue for a TopicConfiguration.
/// Policies let S3 (and the topic) send, as AWS requires; stores that ignore policies are not harmed.</summary>
public sealed class QueueDestinationProvisioner(IAmazonSQS sqs, SnsQueryClient? sns) : IDestinationProvisioner
{
    /// <summary>EventBridge, for EventBridge destinations: a rule on the default bus routing the bucket's events to the queue.</summary>
    public EventBridgeJsonClient? Events { get; init; }

    /// <inheritdoc />
    public async Task<ProvisionedDestination> ProvisionAsync(string destinationName, DestinationKind kind, ResourceNames names, string bucket, ResourceLedger ledger, CancellationToken cancellationToken)
    {
        var name = names.Destination(destinationName);
        var queue = await CreateQueueAsync(name, ledger, cancellationToken);
        if (kind == DestinationKind.Sqs)
        {
            await AllowAsync(queue, "s3.amazonaws.com", $"arn:aws:s3:::{bucket}", cancellationToken);
            return new ProvisionedDestination(destinationName, kind, queue.Arn, queue.Url);
        }

        if (kind == DestinationKind.EventBridge)
        {
            return await RouteBucketEventsAsync(destinationName, name, bucket, queue, ledger, cancellationToken);
        }

        if (sns is null)
        {
            throw new InvalidOperationException("an SNS destination needs an SNS endpoint");
        }

        var topicArn = await sns.CreateTopicAsync(name, null, cancellationToken);
        ledger.Add(new ProvisionedResource(ResourceKind.Topic, name, topicArn));
        await sns.SetTopicAttributeAsync(topicArn, "Policy", AccessPolicyDocument.ForService("s3.amazonaws.com", "SNS:Publish", topicArn, $"arn:aws:s3:::{bucket}"), cancellationToken);
        await AllowAsync(queue, "sns.amazonaws.com", topicArn, cancellationToken);
        await sns.SubscribeAsync(topicArn, "sqs", queue.Arn, cancellationToken);
        return new ProvisionedDestination(destinationName, kind, topicArn, queue.Url);
    }

    // The way one collects S3's EventBridge events on AWS: a rule on the default bus matching the bucket's events, the queue
    // its target (the queue's policy lets events.amazonaws.com send for the rule). Rule names: up to 64 of [.-_A-Za-z0-9].
    private async Task<ProvisionedDestination> RouteBucketEventsAsync(
        string destinationName, string name, string bucket, (string Url, string Arn) queue, ResourceLedger ledger, CancellationToken cancellationToken)
    {
        var events = Events ?? throw new InvalidOperationException("an EventBridge destination needs an EventBridge endpoint");
        var rule = name.Length <= 64 ? name : name[..64];
        var pattern = new JsonObject
        {
            ["source"] = new JsonArray("aws.s3"),
            ["detail"] = new JsonObject { ["bucket"] = new JsonObject { ["name"] = new JsonArray(bucket) } },
        };
        ledger.Add(new ProvisionedResource(ResourceKind.Rule, rule, rule));
        var ruleArn = await events.PutRuleAsync(rule, pattern, $"s3notify: the events of bucket {bucket} to queue {name}", cancellationToken);
        await AllowAsync(queue, "events.amazonaws.com", ruleArn, cancellationToken);
        await events.PutTargetAsync(rule, "queue", queue.Arn, cancellationToken);
        return new ProvisionedDestination(destinationName, DestinationKind.EventBridge, ruleArn, queue.Url);
    }

    private async Task<(string Url, string Arn)> CreateQueueAsync(string name, ResourceLedger ledger, CancellationToken cancellationToken)
    {
        var url = (await sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = name }, cancellationToken)).QueueUrl;
        ledger.Add(new ProvisionedResource(ResourceKind.Queue, name, url));
        var attributes = await sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest { QueueUrl = url, AttributeNames = ["QueueArn"] }, cancellationToken);
        return (url, attributes.QueueARN ?? throw new InvalidOperationException($"queue {name} has no QueueArn attribute"));
    }

    private Task AllowAsync((string Url, string Arn) queue, string principal, string sourceArn, CancellationToken cancellationToken) =>
        sqs.SetQueueAttributesAsync(new SetQueueAttributesRequest
        {
            QueueUrl = queue.Url,
            Attributes = new() { ["Policy"] = AccessPolicyDocument.ForService(principal, "SQS:SendMessage", queue.Arn, sourceArn) },
        }, cancellationToken);
}
