using System.Text.Json;
using S3NotifyConformance.ReferenceStore.Faults;
using S3NotifyConformance.ReferenceStore.Hosting;

namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>Renders one record as <c>{"Records":[record]}</c>, fields in AWS order (SQS::test_xray_header); seeded record-field faults
/// alter the values here.</summary>
internal static class EventRecordWriter
{
    private static readonly IReadOnlySet<StoreFault> NoFaults = new HashSet<StoreFault>();

    /// <summary>The message body for one draft matched by one configuration.</summary>
    public static string Write(
        S3EventDraft draft, string configurationId, string bucketName, string bucketRegion, string ownerPrincipalId, IReadOnlySet<StoreFault>? faults = null) =>
        JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("Records");
            WriteRecord(w, faults is { Count: > 0 } ? Distort(draft, faults) : draft, configurationId, bucketName, bucketRegion, ownerPrincipalId, faults ?? NoFaults);
            w.WriteEndArray();
            w.WriteEndObject();
        });

    // The draft's values as a faulty store would report them (the matcher has already used the true ones).
    private static S3EventDraft Distort(S3EventDraft d, IReadOnlySet<StoreFault> faults)
    {
        var objectEvent = d.EventName.StartsWith("ObjectCreated:", StringComparison.Ordinal) || d.EventName.StartsWith("ObjectRemoved:", StringComparison.Ordinal);
        return d with
        {
            EventName = faults.Contains(StoreFault.EventNameWrong) && d.EventName == "ObjectCreated:Copy" ? "ObjectCreated:Put" : d.EventName,
            EventTime = faults.Contains(StoreFault.EventTimeYearOff) ? d.EventTime.AddYears(1) : d.EventTime,
            Size = faults.Contains(StoreFault.SizeMissing) ? null : d.Size,
            ETag = faults.Contains(StoreFault.ETagQuoted) && d.ETag is { } eTag ? $"\"{eTag}\"" : d.ETag,
            VersionId = faults.Contains(StoreFault.VersionIdNullString) && objectEvent && d.VersionId is null ? "null" : d.VersionId,
            Identity = faults.Contains(StoreFault.RequestIdForeign) ? d.Identity with { RequestId = Identifiers.NewS3RequestId() } : d.Identity,
        };
    }

    private static void WriteRecord(
        Utf8JsonWriter w, S3EventDraft d, string configurationId, string bucketName, string region, string owner, IReadOnlySet<StoreFault> faults)
    {
        w.WriteStartObject();
        w.WriteString("eventVersion", faults.Contains(StoreFault.EventVersionOne) ? "1.0" : EventNames.VersionOf(d.EventName));
        w.WriteString("eventSource", faults.Contains(StoreFault.EventSourceWrong) ? "acme:s3" : "aws:s3");
        w.WriteString("awsRegion", faults.Contains(StoreFault.RegionEmpty) ? string.Empty : region); // the bucket's region, SQS::test_xray_header
        w.WriteString("eventTime", faults.Contains(StoreFault.EventTimeWithoutMilliseconds)
            ? d.EventTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : JsonText.Timestamp(d.EventTime));
        w.WriteString("eventName", d.EventName); // without "s3:", SQS::test_xray_header
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
        w.WriteString("configurationId", faults.Contains(StoreFault.ConfigurationIdWrong) ? configurationId + "-1" : configurationId);
        w.WriteStartObject("bucket");
        w.WriteString("name", bucketName);
        w.WriteStartObject("ownerIdentity");
        w.WriteString("principalId", owner);
        w.WriteEndObject();
        w.WriteString("arn", faults.Contains(StoreFault.BucketArnWrong) ? $"arn:aws:s3:{region}::{bucketName}" : "arn:aws:s3:::" + bucketName);
        w.WriteEndObject();
        WriteObject(w, d, faults);
        w.WriteEndObject();
        WriteExtensions(w, d);
        if (faults.Contains(StoreFault.VendorExtensionFields))
        {
            // Ceph RGW's two record fields beyond AWS's (its documentation of bucket notifications): a unique event id and the
            // topic's opaque data.
            w.WriteString("eventId", $"{d.EventTime.ToUnixTimeMilliseconds() / 1000.0:0.000000}.{Identifiers.NewS3RequestId()}");
            w.WriteString("opaqueData", string.Empty);
        }

        w.WriteEndObject();
    }

    private static string EncodeKey(string key, IReadOnlySet<StoreFault> faults) =>
        faults.Contains(StoreFault.KeyNotEncoded) ? key
        : faults.Contains(StoreFault.KeySpaceAsPercent20) ? RecordKeyEncoder.Encode(key).Replace("+", "%20", StringComparison.Ordinal)
        : RecordKeyEncoder.Encode(key);

    private static void WriteObject(Utf8JsonWriter w, S3EventDraft d, IReadOnlySet<StoreFault> faults)
    {
        // Presence per event type is decided by the caller (truth: Record contents per event type); order: key, size, eTag, versionId, sequencer.
        w.WriteStartObject("object");
        w.WriteString("key", EncodeKey(d.Key, faults));
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
