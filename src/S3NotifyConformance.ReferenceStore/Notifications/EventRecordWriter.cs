using System.Text.Json;

namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>Renders one record as <c>{"Records":[record]}</c>, fields in AWS order (SQS::test_xray_header).</summary>
internal static class EventRecordWriter
{
    /// <summary>The message body for one draft matched by one configuration.</summary>
    public static string Write(S3EventDraft draft, string configurationId, string bucketName, string bucketRegion, string ownerPrincipalId) =>
        JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("Records");
            WriteRecord(w, draft, configurationId, bucketName, bucketRegion, ownerPrincipalId);
            w.WriteEndArray();
            w.WriteEndObject();
        });

    private static void WriteRecord(Utf8JsonWriter w, S3EventDraft d, string configurationId, string bucketName, string region, string owner)
    {
        w.WriteStartObject();
        w.WriteString("eventVersion", EventNames.VersionOf(d.EventName));
        w.WriteString("eventSource", "aws:s3");
        w.WriteString("awsRegion", region); // the bucket's region, SQS::test_object_created_put_with_presigned_url_upload
        w.WriteString("eventTime", JsonText.Timestamp(d.EventTime));
        w.WriteString("eventName", d.EventName); // without "s3:", "Event message structure"
        w.WriteStartObject("userIdentity");
        w.WriteString("principalId", d.Identity.PrincipalId);
        w.WriteEndObject();
        w.WriteStartObject("requestParameters");
        w.WriteString("sourceIPAddress", d.Identity.SourceIp);
        w.WriteEndObject();
        w.WriteStartObject("responseElements");
        w.WriteString("x-amz-request-id", d.Identity.RequestId);
        w.WriteString("x-amz-id-2", d.Identity.HostId);
        w.WriteEndObject();
        w.WriteStartObject("s3");
        w.WriteString("s3SchemaVersion", "1.0");
        w.WriteString("configurationId", configurationId);
        w.WriteStartObject("bucket");
        w.WriteString("name", bucketName);
        w.WriteStartObject("ownerIdentity");
        w.WriteString("principalId", owner);
        w.WriteEndObject();
        w.WriteString("arn", "arn:aws:s3:::" + bucketName);
        w.WriteEndObject();
        WriteObject(w, d);
        w.WriteEndObject();
        WriteExtensions(w, d);
        w.WriteEndObject();
    }

    private static void WriteObject(Utf8JsonWriter w, S3EventDraft d)
    {
        // Presence per event type is decided by the caller (truth: Record contents per event type); order: key, size, eTag, versionId, sequencer.
        w.WriteStartObject("object");
        w.WriteString("key", RecordKeyEncoder.Encode(d.Key));
        if (d.Size is { } size)
        {
            w.WriteNumber("size", size);
        }

        if (d.ETag is { } eTag)
        {
            w.WriteString("eTag", eTag);
        }

        if (d.VersionId is { } versionId)
        {
            w.WriteString("versionId", versionId);
        }

        if (d.Sequencer is { } sequencer)
        {
            w.WriteString("sequencer", sequencer);
        }

        w.WriteEndObject();
    }

    private static void WriteExtensions(Utf8JsonWriter w, S3EventDraft d)
    {
        if (d.RestoreEventData is { } restore)
        {
            w.WriteStartObject("glacierEventData");
            w.WriteStartObject("restoreEventData");
            w.WriteString("lifecycleRestorationExpiryTime", JsonText.Timestamp(restore.ExpiryTime));
            w.WriteString("lifecycleRestoreStorageClass", restore.StorageClass);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        if (d.TransitionStorageClass is { } storageClass)
        {
            w.WriteStartObject("lifecycleEventData");
            w.WriteStartObject("transitionEventData");
            w.WriteString("destinationStorageClass", storageClass);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        if (d.DestinationAccessTier is { } tier)
        {
            w.WriteStartObject("intelligentTieringEventData");
            w.WriteString("destinationAccessTier", tier);
            w.WriteEndObject();
        }

        if (d.Replication is { } r)
        {
            w.WriteStartObject("replicationEventData");
            w.WriteString("replicationRuleId", r.RuleId);
            w.WriteString("destinationBucket", r.DestinationBucketArn);
            w.WriteString("s3Operation", r.S3Operation);
            w.WriteString("requestTime", JsonText.Timestamp(r.RequestTime));
            if (r.FailureReason is { } reason)
            {
                w.WriteString("failureReason", reason);
            }

            if (r.ThresholdMinutes is { } threshold)
            {
                w.WriteNumber("threshold", threshold);
            }

            if (r.ReplicationTimeMinutes is { } minutes)
            {
                w.WriteNumber("replicationTime", Math.Round(minutes, 3));
            }

            w.WriteEndObject();
        }
    }
}
