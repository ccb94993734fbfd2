namespace S3NotifyConformance.Judging;

/// <summary>The public AWS documentation each rule's expectation comes from, cited in every difference it finds.</summary>
public static class RuleSources
{
    private const string Structure = "Event message structure — https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html";
    private const string Notifications = "Amazon S3 Event Notifications — https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventNotifications.html";
    private const string EventTypes = "Event notification types and destinations — https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-event-types-and-destinations.html";
    private const string Api = "PutBucketNotificationConfiguration — https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketNotificationConfiguration.html";
    private const string Sns = "Amazon SNS message and JSON formats — https://docs.aws.amazon.com/sns/latest/dg/sns-message-and-json-formats.html";

    /// <summary>The source cited for a rule's findings; for API outcomes, the operation's API reference page (the aspect
    /// starts with the operation's name).</summary>
    public static string For(string rule, string aspect) => rule switch
    {
        "api.outcome" when aspect.Split(' ')[0] is { Length: > 0 } operation && operation.All(char.IsAsciiLetter) =>
            $"{operation} (Amazon S3 API Reference) — https://docs.aws.amazon.com/AmazonS3/latest/API/API_{operation}.html",
        "api.outcome" => Api,
        "envelope.sns" => Sns,
        "test-event" => Structure,
        "delivery.lost" or "delivery.unexpected" or "delivery.final-state" => EventTypes,
        "delivery.duplicate" => Notifications,
        _ when rule.StartsWith("record.", StringComparison.Ordinal) || rule.StartsWith("order.", StringComparison.Ordinal) => Structure,
        "snapshot" => "the AWS-recorded and documented behaviour in expected/ (see expected/README.md for each scenario's source)",
        _ => Notifications,
    };
}
