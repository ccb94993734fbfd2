namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>The outcome of deleting one key (DeleteObject, DeleteObjects entry).</summary>
/// <param name="Key">The key.</param>
/// <param name="VersionId">The version id the request addressed, if any.</param>
/// <param name="DeleteMarker">True when a delete marker was created or removed.</param>
/// <param name="DeleteMarkerVersionId">Version id of that delete marker.</param>
internal sealed record DeleteResult(string Key, string? VersionId, bool DeleteMarker, string? DeleteMarkerVersionId);
