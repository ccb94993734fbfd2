namespace S3NotifyConformance.Targets;

/// <summary>Where a target's services answer.</summary>
public sealed record TargetEndpoints(Uri S3, Uri? Sqs, Uri? Sns)
{
    /// <summary>EventBridge (the default bus's rules), for EventBridge destinations; null when the target has none.</summary>
    public Uri? Events { get; init; }
}
