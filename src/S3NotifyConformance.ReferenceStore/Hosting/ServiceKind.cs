namespace S3NotifyConformance.ReferenceStore.Hosting;

/// <summary>The AWS service a request is addressed to.</summary>
internal enum ServiceKind
{
    /// <summary>Amazon S3 REST (also unsigned and presigned requests).</summary>
    S3,

    /// <summary>Amazon SQS, JSON protocol.</summary>
    Sqs,

    /// <summary>Amazon SNS, Query protocol.</summary>
    Sns,

    /// <summary>Amazon EventBridge, JSON 1.1 protocol (X-Amz-Target AWSEvents.*).</summary>
    Events,
}
