namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>The EventBridge detail-type S3 sends for an S3 event, or null when it sends none ("Using EventBridge", Amazon S3
/// User Guide, https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventBridge.html; EB::test_object_created_put).</summary>
internal static class EventBridgeDetailTypes
{
    /// <summary>The detail-type for an event name (without "s3:").</summary>
    public static string? Of(string eventName) => eventName switch
    {
        _ when eventName.StartsWith("ObjectCreated:", StringComparison.Ordinal) => "Object Created",
        _ when eventName.StartsWith("ObjectRemoved:", StringComparison.Ordinal) || eventName.StartsWith("LifecycleExpiration:", StringComparison.Ordinal) => "Object Deleted",
        "ObjectRestore:Post" => "Object Restore Initiated",
        "ObjectRestore:Completed" => "Object Restore Completed",
        "ObjectRestore:Delete" => "Object Restore Expired",
        "ObjectTagging:Put" => "Object Tags Added",
        "ObjectTagging:Delete" => "Object Tags Deleted",
        "ObjectAcl:Put" => "Object ACL Updated",
        "LifecycleTransition" => "Object Storage Class Changed",
        "IntelligentTiering" => "Object Access Tier Changed",
        _ => null,
    };
}
