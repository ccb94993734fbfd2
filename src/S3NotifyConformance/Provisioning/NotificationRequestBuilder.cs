using Amazon.S3;
using Amazon.S3.Model;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Provisioning;

/// <summary>Turns a scenario's notification spec and its provisioned destinations into the SDK request, as written:
/// odd filter-rule spellings and missing fields go on the wire unchanged, because validation is what some scenarios test.</summary>
public static class NotificationRequestBuilder
{
    /// <summary>Builds PutBucketNotificationConfiguration for a bucket; literal ARNs go through <paramref name="resolveArn"/>.</summary>
    public static PutBucketNotificationRequest Build(
        string bucket, NotificationSpec spec, IReadOnlyDictionary<string, ProvisionedDestination> destinations, Func<string, string> resolveArn)
    {
        var request = new PutBucketNotificationRequest { BucketName = bucket };
        if (spec.SkipDestinationValidation)
        {
            request.SkipDestinationValidation = true;
        }

        foreach (var configuration in spec.Configurations)
        {
            var arn = configuration.Arn is { } literal ? resolveArn(literal) : destinations[configuration.DestinationName].Arn;
            var kind = configuration.Arn is null ? destinations[configuration.DestinationName].WireKind : configuration.Destination;
            var events = configuration.Events.Select(e => new EventType(e)).ToList();
            var filter = configuration.FilterRules.IsEmpty
                ? null
                : new Filter { S3KeyFilter = new S3KeyFilter { FilterRules = [.. configuration.FilterRules.Select(r => new FilterRule { Name = r.Name, Value = r.Value })] } };
            switch (kind)
            {
                case DestinationKind.Sqs:
                    (request.QueueConfigurations ??= []).Add(new QueueConfiguration { Id = configuration.Id, Queue = arn, Events = events, Filter = filter });
                    break;
                case DestinationKind.Sns:
                    (request.TopicConfigurations ??= []).Add(new TopicConfiguration { Id = configuration.Id, Topic = arn, Events = events, Filter = filter });
                    break;
                case DestinationKind.Lambda:
                    (request.LambdaFunctionConfigurations ??= []).Add(new LambdaFunctionConfiguration { Id = configuration.Id, FunctionArn = arn, Events = events, Filter = filter });
                    break;
                case DestinationKind.EventBridge:
                    // An empty element turns EventBridge on; the rule that routes the bucket's events is not part of S3's configuration.
                    request.EventBridgeConfiguration = new EventBridgeConfiguration();
                    break;
            }
        }

        return request;
    }
}
