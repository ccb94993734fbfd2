namespace S3NotifyConformance.Provisioning;

/// <summary>The kinds of resource a run creates.</summary>
public enum ResourceKind
{
    Bucket,
    Queue,
    Topic,

    /// <summary>A Lambda function registered with the embedded store (its locator: the function ARN).</summary>
    Function,

    /// <summary>An EventBridge rule (with its targets) on the default bus.</summary>
    Rule,
}
