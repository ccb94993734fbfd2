namespace S3NotifyConformance.Judging;

/// <summary>Which EventBridge detail-type Amazon S3 sends for which S3 event ("Using EventBridge", Amazon S3 User Guide,
/// https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventBridge.html; recorded: EB::test_object_created_put "Object
/// Created"/"Object Deleted", EB::test_object_put_acl "Object ACL Updated", EB::test_restore_object "Object Restore
/// Initiated"/"Completed"; the others documented). EventBridge has no event selection: every event of the bucket is sent.</summary>
public static class EventBridgeDetailTypes
{
    /// <summary>Every detail-type S3 sends to EventBridge.</summary>
    public static readonly ImmutableArray<string> All =
    [
        "Object Created", "Object Deleted", "Object Restore Initiated", "Object Restore Completed", "Object Restore Expired",
        "Object Tags Added", "Object Tags Deleted", "Object ACL Updated", "Object Storage Class Changed", "Object Access Tier Changed",
    ];

    /// <summary>The detail-type for an S3 event name (without <c>s3:</c>), or null when S3 sends EventBridge none
    /// (replication and object-loss events have no EventBridge counterpart in the list).</summary>
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

    /// <summary>detail.reason: the API that created the object, DeleteObject, or Lifecycle Expiration ("Event message detail
    /// field"; EB::test_object_created_put); null for detail-types without one.</summary>
    public static string? ReasonOf(string eventName) => eventName switch
    {
        "ObjectCreated:Put" => "PutObject",
        "ObjectCreated:Post" => "POST Object",
        "ObjectCreated:Copy" => "CopyObject",
        "ObjectCreated:CompleteMultipartUpload" => "CompleteMultipartUpload",
        _ when eventName.StartsWith("LifecycleExpiration:", StringComparison.Ordinal) => "Lifecycle Expiration",
        _ when eventName.StartsWith("ObjectRemoved:", StringComparison.Ordinal) => "DeleteObject",
        _ => null,
    };
}
