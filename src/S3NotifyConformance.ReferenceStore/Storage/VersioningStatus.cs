namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>A bucket's versioning state.</summary>
internal enum VersioningStatus
{
    /// <summary>Never versioned: one "null" version per key, no version ids anywhere.</summary>
    Unversioned,

    /// <summary>Every write creates a new version with an id.</summary>
    Enabled,

    /// <summary>Writes replace the "null" version; older versions stay.</summary>
    Suspended,
}
