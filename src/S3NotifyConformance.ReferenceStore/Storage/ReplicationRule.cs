namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>One replication rule (the subset the store acts on).</summary>
/// <param name="Id">Rule id (replicationEventData.replicationRuleId).</param>
/// <param name="Priority">Priority (higher wins).</param>
/// <param name="Enabled">Status Enabled.</param>
/// <param name="Prefix">Filter prefix.</param>
/// <param name="DestinationBucketArn">Destination/Bucket, arn:aws:s3:::name.</param>
/// <param name="StorageClass">Destination/StorageClass, if set.</param>
/// <param name="ReplicationTimeMinutes">ReplicationTime (RTC) threshold when enabled.</param>
/// <param name="MetricsEnabled">Metrics/Status Enabled (needed for failure events).</param>
/// <param name="MetricsThresholdMinutes">Metrics/EventThreshold/Minutes.</param>
internal sealed record ReplicationRule(
    string Id,
    int Priority,
    bool Enabled,
    string Prefix,
    string DestinationBucketArn,
    string? StorageClass,
    int? ReplicationTimeMinutes,
    bool MetricsEnabled,
    int? MetricsThresholdMinutes)
{
    /// <summary>The destination bucket name.</summary>
    public string DestinationBucket => DestinationBucketArn.StartsWith("arn:", StringComparison.Ordinal) ? DestinationBucketArn[(DestinationBucketArn.LastIndexOf(':') + 1)..] : DestinationBucketArn;
}
