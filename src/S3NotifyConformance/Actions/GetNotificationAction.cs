using Amazon.S3.Model;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Actions;

/// <summary>GetBucketNotificationConfiguration, normalized to the shape AWS returns (SQS::test_notifications_with_filter), for the snapshot. A configuration
/// the harness itself substituted (a TopicConfiguration standing for a scenario's queue, on a target without queues) is read
/// back as the kind the scenario configured, so the substitution is never judged as the store's.</summary>
public sealed class GetNotificationAction : ActionBase<GetNotificationStep>
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(GetNotificationStep step, StepCall call, ActionContext context, CancellationToken cancellationToken)
    {
        await RecordAsync(context, call, step.Operation, null, async () =>
        {
            var response = await context.S3.GetBucketNotificationAsync(new GetBucketNotificationRequest { BucketName = step.MissingBucket ? context.MissingBucket : context.Bucket }, cancellationToken);
            var answer = new JsonObject();
            var substituted = context.Destinations.Values.Where(d => d.ConfiguredAs is not null).ToDictionary(d => d.Arn, d => d.Kind, StringComparer.Ordinal);
            var entries = (response.QueueConfigurations ?? []).Select(c => (Kind: DestinationKind.Sqs, c.Id, Arn: c.Queue, c.Events, c.Filter))
                .Concat((response.TopicConfigurations ?? []).Select(c => (Kind: DestinationKind.Sns, c.Id, Arn: c.Topic, c.Events, c.Filter)))
                .Concat((response.LambdaFunctionConfigurations ?? []).Select(c => (Kind: DestinationKind.Lambda, c.Id, Arn: c.FunctionArn, c.Events, c.Filter)))
                .Select(c => c with { Kind = c.Arn is not null && substituted.TryGetValue(c.Arn, out var kind) ? kind : c.Kind })
                .ToList();
            Add(answer, "QueueConfigurations", entries.Where(c => c.Kind == DestinationKind.Sqs).ToList(), c => Entry(c.Id, "QueueArn", c.Arn, c.Events, c.Filter));
            Add(answer, "TopicConfigurations", entries.Where(c => c.Kind == DestinationKind.Sns).ToList(), c => Entry(c.Id, "TopicArn", c.Arn, c.Events, c.Filter));
            Add(answer, "LambdaFunctionConfigurations", entries.Where(c => c.Kind == DestinationKind.Lambda).ToList(), c => Entry(c.Id, "LambdaFunctionArn", c.Arn, c.Events, c.Filter));
            var (requestId, hostId) = Ids(response);
            return new ActionFacts(null, RequestId: requestId, HostId: hostId, Answer: answer);
        });
    }

    private static void Add<T>(JsonObject answer, string name, List<T>? configurations, Func<T, JsonObject> entry)
    {
        // After an empty PUT, AWS returns no configuration keys at all, not empty lists (SQS::test_notifications_with_filter, config_empty).
        if (configurations is { Count: > 0 })
        {
            answer[name] = new JsonArray([.. configurations.Select(entry)]);
        }
    }

    private static JsonObject Entry(string? id, string arnName, string? arn, List<Amazon.S3.EventType>? events, Filter? filter)
    {
        var entry = new JsonObject { ["Id"] = id, [arnName] = arn, ["Events"] = new JsonArray([.. (events ?? []).Select(e => (JsonNode)e.Value)]) };
        if (filter?.S3KeyFilter?.FilterRules is { Count: > 0 } rules)
        {
            // Prefix before Suffix: AWS returned that order for that input; for reversed input the order is not recorded (SQS::test_notifications_with_filter),
            // so the snapshot does not judge it.
            entry["Filter"] = new JsonObject
            {
                ["Key"] = new JsonObject
                {
                    ["FilterRules"] = new JsonArray([.. rules.OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => new JsonObject { ["Name"] = r.Name, ["Value"] = r.Value })]),
                },
            };
        }

        return entry;
    }
}
