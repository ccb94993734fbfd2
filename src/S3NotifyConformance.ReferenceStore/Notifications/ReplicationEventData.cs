namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>The replicationEventData block of Replication:* records (AWS documentation example, eventVersion 2.2).</summary>
/// <param name="RuleId">replicationRuleId.</param>
/// <param name="DestinationBucketArn">destinationBucket (an S3 bucket ARN).</param>
/// <param name="S3Operation">s3Operation, e.g. OBJECT_PUT.</param>
/// <param name="RequestTime">requestTime: when the source write happened.</param>
/// <param name="FailureReason">failureReason (OperationFailedReplication only), e.g. DstBucketNotFound.</param>
/// <param name="ThresholdMinutes">threshold in minutes (threshold events only).</param>
/// <param name="ReplicationTimeMinutes">replicationTime in minutes (OperationReplicatedAfterThreshold only).</param>
internal sealed record ReplicationEventData(
    string RuleId,
    string DestinationBucketArn,
    string S3Operation,
    DateTimeOffset RequestTime,
    string? FailureReason,
    int? ThresholdMinutes,
    double? ReplicationTimeMinutes);
