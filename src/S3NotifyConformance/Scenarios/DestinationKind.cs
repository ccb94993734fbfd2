namespace S3NotifyConformance.Scenarios;

/// <summary>Where a notification configuration sends its events.</summary>
public enum DestinationKind
{
    /// <summary>A QueueConfiguration: S3 sends straight to an SQS queue.</summary>
    Sqs,

    /// <summary>A TopicConfiguration: S3 publishes to an SNS topic, which the harness subscribes a queue (or webhook) to.</summary>
    Sns,

    /// <summary>A LambdaFunctionConfiguration: S3 invokes a function with the event, which the harness collects as the target's
    /// Lambda path says (TargetConnection.Lambda).</summary>
    Lambda,

    /// <summary>An EventBridgeConfiguration: S3 puts every event of the bucket on the account's default event bus; the
    /// harness routes the bucket's events to a queue with a rule.</summary>
    EventBridge,
}

/// <summary>Capabilities of destination kinds.</summary>
public static class DestinationKinds
{
    /// <summary>The capability a store needs to accept a configuration of this kind.</summary>
    public static Capability Capability(this DestinationKind kind) => kind switch
    {
        DestinationKind.Sqs => Scenarios.Capability.SqsDestination,
        DestinationKind.Sns => Scenarios.Capability.SnsDestination,
        DestinationKind.EventBridge => Scenarios.Capability.EventBridgeDestination,
        _ => Scenarios.Capability.LambdaDestination,
    };

    /// <summary>Parses the file spelling (<c>sqs</c>, <c>sns</c>, <c>lambda</c>, <c>eventbridge</c>).</summary>
    public static DestinationKind Parse(string name) => Enum.TryParse<DestinationKind>(name.Trim(), ignoreCase: true, out var kind)
        ? kind
        : throw new FormatException($"unknown destination kind '{name}'; known: sqs, sns, lambda, eventbridge");
}
