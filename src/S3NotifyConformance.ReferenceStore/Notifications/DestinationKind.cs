namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>Where a notification configuration sends events.</summary>
internal enum DestinationKind
{
    /// <summary>SQS queue (QueueConfiguration / Queue).</summary>
    Queue,

    /// <summary>SNS topic (TopicConfiguration / Topic).</summary>
    Topic,

    /// <summary>Lambda function (CloudFunctionConfiguration / CloudFunction); there is no Lambda here.</summary>
    CloudFunction,

    /// <summary>The account's default EventBridge bus in the bucket's region (EventBridgeConfiguration).</summary>
    EventBus,
}
