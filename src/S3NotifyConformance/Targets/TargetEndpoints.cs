namespace S3NotifyConformance.Targets;

/// <summary>Where a target's services answer.</summary>
public sealed record TargetEndpoints(Uri S3, Uri? Sqs, Uri? Sns);
