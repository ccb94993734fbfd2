using System.Text.RegularExpressions;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.Sns;

/// <summary>CreateTopic, ListTopics, GetTopicAttributes, SetTopicAttributes, DeleteTopic.</summary>
internal static partial class TopicHandlers
{
    /// <summary>CreateTopic (idempotent).</summary>
    public static XElement? Create(SnsRequest request)
    {
        var name = request.Require("Name");
        if (!TopicName().IsMatch(name))
        {
            throw new SnsException(SnsError.InvalidParameter("Invalid parameter: Topic Name"));
        }

        var arn = request.Services.TopicArn(name);
        var topic = request.Services.Topics.GetOrAdd(arn, () => new SnsTopic(name, arn, request.Entries("Attributes")));
        return SnsRequest.E("TopicArn", topic.Arn);
    }

    /// <summary>ListTopics (single page).</summary>
    public static XElement? List(SnsRequest request) =>
        SnsRequest.E("Topics", request.Services.Topics.All().Select(t => SnsRequest.E("member", SnsRequest.E("TopicArn", t.Arn))));

    /// <summary>GetTopicAttributes: stored attributes plus TopicArn, Owner, subscription counts.</summary>
    public static XElement? GetAttributes(SnsRequest request)
    {
        var topic = request.RequireTopic();
        var attributes = new Dictionary<string, string>(topic.Attributes, StringComparer.Ordinal)
        {
            ["TopicArn"] = topic.Arn,
            ["Owner"] = request.Services.AccountId,
            ["SubscriptionsConfirmed"] = topic.Subscriptions.Count.ToString(CultureInfo.InvariantCulture),
            ["SubscriptionsPending"] = "0",
            ["SubscriptionsDeleted"] = "0",
        };
        attributes.TryAdd("DisplayName", string.Empty);
        return Entries(attributes);
    }

    /// <summary>SetTopicAttributes (AttributeName / AttributeValue).</summary>
    public static XElement? SetAttributes(SnsRequest request)
    {
        request.RequireTopic().SetAttribute(request.Require("AttributeName"), request.Field("AttributeValue") ?? string.Empty);
        return null;
    }

    /// <summary>DeleteTopic (idempotent).</summary>
    public static XElement? Delete(SnsRequest request)
    {
        request.Services.Topics.Remove(request.Require("TopicArn"));
        return null;
    }

    /// <summary>An Attributes element of entry/key/value pairs.</summary>
    public static XElement Entries(IReadOnlyDictionary<string, string> attributes) =>
        SnsRequest.E("Attributes", attributes.Select(a => SnsRequest.E("entry", SnsRequest.E("key", a.Key), SnsRequest.E("value", a.Value))));

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}(\.fifo)?$")]
    private static partial Regex TopicName();
}
