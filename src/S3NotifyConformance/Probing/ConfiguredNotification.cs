using Amazon.S3;
using Amazon.S3.Model;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Probing;

/// <summary>One configuration as GetBucketNotificationConfiguration returns it: id, destination ARN, events.</summary>
public sealed record ConfiguredNotification(string? Id, string? Arn, string Events)
{
    /// <summary>PutBucketNotificationConfiguration with one configuration of the destination's kind.</summary>
    public static Task PutAsync(ProbeContext context, ProvisionedDestination destination, string id, string eventName, CancellationToken cancellationToken)
    {
        var request = new PutBucketNotificationRequest { BucketName = context.Bucket };
        List<EventType> events = [new EventType(eventName)];
        switch (destination.WireKind)
        {
            case DestinationKind.Sns:
                request.TopicConfigurations = [new TopicConfiguration { Id = id, Topic = destination.Arn, Events = events }];
                break;
            case DestinationKind.Lambda:
                request.LambdaFunctionConfigurations = [new LambdaFunctionConfiguration { Id = id, FunctionArn = destination.Arn, Events = events }];
                break;
            default:
                request.QueueConfigurations = [new QueueConfiguration { Id = id, Queue = destination.Arn, Events = events }];
                break;
        }

        return context.CallAsync((s3, token) => s3.PutBucketNotificationAsync(request, token), cancellationToken);
    }

    /// <summary>GetBucketNotificationConfiguration, as a list ordered by id.</summary>
    public static async Task<ImmutableArray<ConfiguredNotification>> ReadAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        var response = await context.CallAsync((s3, token) => s3.GetBucketNotificationAsync(new GetBucketNotificationRequest { BucketName = context.Bucket }, token), cancellationToken);
        static string Names(List<EventType>? events) => string.Join(",", (events ?? []).Select(e => e.Value).Order(StringComparer.Ordinal));
        return [.. (response.QueueConfigurations ?? []).Select(c => new ConfiguredNotification(c.Id, c.Queue, Names(c.Events)))
            .Concat((response.TopicConfigurations ?? []).Select(c => new ConfiguredNotification(c.Id, c.Topic, Names(c.Events))))
            .Concat((response.LambdaFunctionConfigurations ?? []).Select(c => new ConfiguredNotification(c.Id, c.FunctionArn, Names(c.Events))))
            .OrderBy(c => c.Id, StringComparer.Ordinal)];
    }

    /// <summary>The configurations in one line: <c>s3n-probe → arn… (s3:ObjectCreated:*)</c>, or "no configuration".</summary>
    public static string Describe(ImmutableArray<ConfiguredNotification> configurations) =>
        configurations.IsEmpty ? "no configuration" : string.Join("; ", configurations.Select(c => $"{c.Id ?? "(no id)"} → {c.Arn} ({c.Events})"));
}
