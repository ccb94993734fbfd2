using System.Text.Json;

namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>Renders one S3 event as the EventBridge event S3 puts on the account's default bus, fields in the recorded order
/// ("EventBridge event message structure", https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html;
/// EB::test_object_created_put, EB::test_object_put_acl, EB::test_restore_object, EB::test_object_created_put_versioned).</summary>
internal static class EventBridgeEventWriter
{
    /// <summary>The event for <paramref name="draft"/>, or null when S3 sends none for its event name.</summary>
    public static string? Write(S3EventDraft draft, string bucketName, string region, string accountId)
    {
        if (EventBridgeDetailTypes.Of(draft.EventName) is not { } detailType)
        {
            return null;
        }

        var name = draft.EventName;
        var created = name.StartsWith("ObjectCreated:", StringComparison.Ordinal);
        var deleted = detailType == "Object Deleted";
        var deleteMarker = name.EndsWith(":DeleteMarkerCreated", StringComparison.Ordinal);
        var initiatedByS3 = name is "ObjectRestore:Completed" or "ObjectRestore:Delete" or "LifecycleTransition" or "IntelligentTiering" || name.StartsWith("LifecycleExpiration:", StringComparison.Ordinal);
        return JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("version", "0");
            w.WriteString("id", Hosting.Identifiers.NewUuid());
            w.WriteString("detail-type", detailType);
            w.WriteString("source", "aws.s3");
            w.WriteString("account", accountId);
            w.WriteString("time", draft.EventTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            w.WriteString("region", region);
            w.WriteStartArray("resources");
            w.WriteStringValue($"arn:aws:s3:::{bucketName}");
            w.WriteEndArray();
            w.WriteStartObject("detail");
            w.WriteString("version", "0");
            w.WriteStartObject("bucket");
            w.WriteString("name", bucketName);
            w.WriteEndObject();
            w.WriteStartObject("object");
            w.WriteString("key", draft.Key); // the raw key: EventBridge events are not form-encoded (documentation example)
            if (!deleted && draft.Size is { } size && (created || name is "ObjectRestore:Post" or "ObjectRestore:Completed" or "LifecycleTransition" or "IntelligentTiering"))
            {
                w.WriteNumber("size", size);
            }

            if (deleteMarker)
            {
                w.WriteString("etag", "d41d8cd98f00b204e9800998ecf8427e");
            }
            else if (!deleted && draft.ETag is { } etag)
            {
                w.WriteString("etag", etag);
            }

            if (draft.VersionId is { } versionId)
            {
                w.WriteString("version-id", versionId);
            }

            if ((created || deleted) && draft.Sequencer is { } sequencer)
            {
                w.WriteString("sequencer", sequencer);
            }

            w.WriteEndObject();
            w.WriteString("request-id", draft.Identity.RequestId);
            w.WriteString("requester", initiatedByS3 ? Hosting.RequestIdentity.ServiceAddress : accountId);
            if (!initiatedByS3)
            {
                w.WriteString("source-ip-address", draft.Identity.SourceIp);
            }

            if (created || deleted)
            {
                w.WriteString("reason", Reason(name));
            }

            if (deleted)
            {
                w.WriteString("deletion-type", deleteMarker ? "Delete Marker Created" : "Permanently Deleted");
            }

            switch (name)
            {
                case "ObjectRestore:Post":
                    w.WriteString("source-storage-class", draft.StorageClass);
                    break;
                case "ObjectRestore:Completed" when draft.RestoreEventData is { } restore:
                    w.WriteString("restore-expiry-time", JsonText.Timestamp(restore.ExpiryTime));
                    w.WriteString("source-storage-class", restore.StorageClass);
                    break;
                case "LifecycleTransition" when draft.TransitionStorageClass is { } storageClass:
                    w.WriteString("destination-storage-class", storageClass);
                    break;
                case "IntelligentTiering" when draft.DestinationAccessTier is { } tier:
                    w.WriteString("destination-access-tier", tier);
                    break;
            }

            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    // "reason": the API that created the object, DeleteObject, or Lifecycle Expiration ("Event message detail field").
    private static string Reason(string eventName) => eventName switch
    {
        "ObjectCreated:Put" => "PutObject",
        "ObjectCreated:Post" => "POST Object",
        "ObjectCreated:Copy" => "CopyObject",
        "ObjectCreated:CompleteMultipartUpload" => "CompleteMultipartUpload",
        _ when eventName.StartsWith("LifecycleExpiration:", StringComparison.Ordinal) => "Lifecycle Expiration",
        _ => "DeleteObject",
    };
}
