using S3NotifyConformance.ReferenceStore.Notifications;

namespace S3NotifyConformance.ReferenceStore.Sns;

/// <summary>Subscribe, Unsubscribe, ListSubscriptionsByTopic, ListSubscriptions, Get/SetSubscriptionAttributes.</summary>
internal static class SubscriptionHandlers
{
    /// <summary>Subscribe: Protocol sqs with a queue ARN (the only protocol delivered here).</summary>
    public static XElement? Subscribe(SnsRequest request)
    {
        var topic = request.RequireTopic();
        var protocol = request.Require("Protocol");
        var endpoint = request.Require("Endpoint");
        if (protocol != "sqs")
        {
            throw new SnsException(SnsError.InvalidParameter($"Invalid parameter: Protocol {protocol} is not supported by the reference store"));
        }

        if (!ArnPatterns.IsValid(DestinationKind.Queue, endpoint))
        {
            throw new SnsException(SnsError.InvalidParameter("Invalid parameter: SQS endpoint ARN"));
        }

        var subscription = topic.Subscribe(protocol, endpoint, request.Entries("Attributes"));
        return SnsRequest.E("SubscriptionArn", subscription.Arn);
    }

    /// <summary>Unsubscribe.</summary>
    public static XElement? Unsubscribe(SnsRequest request)
    {
        var arn = request.Require("SubscriptionArn");
        if (request.Services.Topics.FindSubscription(arn) is not { } found)
        {
            throw new SnsException(SnsError.NotFound("Subscription does not exist"));
        }

        found.Topic.Unsubscribe(arn);
        return null;
    }

    /// <summary>ListSubscriptionsByTopic.</summary>
    public static XElement? ListByTopic(SnsRequest request) => Members(request, [request.RequireTopic()]);

    /// <summary>ListSubscriptions.</summary>
    public static XElement? List(SnsRequest request) => Members(request, request.Services.Topics.All());

    /// <summary>GetSubscriptionAttributes.</summary>
    public static XElement? GetAttributes(SnsRequest request)
    {
        var (topic, subscription) = request.Services.Topics.FindSubscription(request.Require("SubscriptionArn")) ?? throw new SnsException(SnsError.NotFound("Subscription does not exist"));
        var attributes = new Dictionary<string, string>(subscription.Attributes, StringComparer.Ordinal)
        {
            ["SubscriptionArn"] = subscription.Arn,
            ["TopicArn"] = topic.Arn,
            ["Protocol"] = subscription.Protocol,
            ["Endpoint"] = subscription.Endpoint,
            ["Owner"] = request.Services.AccountId,
            ["PendingConfirmation"] = "false",
            ["ConfirmationWasAuthenticated"] = "true",
        };
        attributes.TryAdd("RawMessageDelivery", "false");
        return TopicHandlers.Entries(attributes);
    }

    /// <summary>SetSubscriptionAttributes (RawMessageDelivery honoured).</summary>
    public static XElement? SetAttributes(SnsRequest request)
    {
        var (topic, subscription) = request.Services.Topics.FindSubscription(request.Require("SubscriptionArn")) ?? throw new SnsException(SnsError.NotFound("Subscription does not exist"));
        var attributes = new Dictionary<string, string>(subscription.Attributes, StringComparer.Ordinal) { [request.Require("AttributeName")] = request.Field("AttributeValue") ?? string.Empty };
        topic.Replace(subscription with { Attributes = attributes });
        return null;
    }

    private static XElement Members(SnsRequest request, IEnumerable<Storage.SnsTopic> topics) =>
        SnsRequest.E("Subscriptions", topics.SelectMany(t => t.Subscriptions).Select(s => SnsRequest.E(
            "member",
            SnsRequest.E("Owner", request.Services.AccountId),
            SnsRequest.E("Endpoint", s.Endpoint),
            SnsRequest.E("Protocol", s.Protocol),
            SnsRequest.E("SubscriptionArn", s.Arn),
            SnsRequest.E("TopicArn", s.TopicArn))));
}
