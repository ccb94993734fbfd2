namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>Where a message is in its life.</summary>
internal enum SqsMessageState
{
    /// <summary>Can be received.</summary>
    Ready,

    /// <summary>In flight (received, within its visibility timeout) or delayed.</summary>
    Invisible,

    /// <summary>Deleted or purged.</summary>
    Deleted,
}
