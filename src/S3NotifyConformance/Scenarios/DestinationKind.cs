namespace S3NotifyConformance.Scenarios;

/// <summary>Where a notification configuration sends its events.</summary>
public enum DestinationKind
{
    /// <summary>A QueueConfiguration: S3 sends straight to an SQS queue.</summary>
    Sqs,

    /// <summary>A TopicConfiguration: S3 publishes to an SNS topic, which the harness subscribes a queue (or webhook) to.</summary>
    Sns,

    /// <summary>A LambdaFunctionConfiguration; used for configuration scenarios only.</summary>
    Lambda,
}
