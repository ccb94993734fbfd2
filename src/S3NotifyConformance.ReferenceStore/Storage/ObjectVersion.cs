namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>One immutable version of an object (or a delete marker); changes replace the record.</summary>
internal sealed record ObjectVersion
{
    /// <summary>The version id of an unversioned or suspended-bucket write.</summary>
    public const string NullVersionId = "null";

    /// <summary>MD5 of the empty string: the eTag of delete markers.</summary>
    public const string EmptyETag = "d41d8cd98f00b204e9800998ecf8427e";

    /// <summary>The object key (raw, decoded).</summary>
    public required string Key { get; init; }

    /// <summary>The version id, or "null".</summary>
    public required string VersionId { get; init; }

    /// <summary>True for a delete marker.</summary>
    public bool IsDeleteMarker { get; init; }

    /// <summary>The content bytes.</summary>
    public byte[] Content { get; init; } = [];

    /// <summary>Lower-case hex MD5 (or multipart "md5-N"), unquoted.</summary>
    public string ETag { get; init; } = EmptyETag;

    /// <summary>When the version was written (real clock).</summary>
    public DateTimeOffset LastModified { get; init; }

    /// <summary>The Content-Type.</summary>
    public string ContentType { get; init; } = "binary/octet-stream";

    /// <summary>User metadata (x-amz-meta-* names, lower case, without the prefix).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>Stored representation headers (Content-Encoding, Cache-Control, ...).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>The tag set, in the order given.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Tags { get; init; } = [];

    /// <summary>The ACL.</summary>
    public required AccessControlList Acl { get; init; }

    /// <summary>STANDARD, GLACIER, REDUCED_REDUNDANCY, INTELLIGENT_TIERING, ...</summary>
    public string StorageClass { get; init; } = "STANDARD";

    /// <summary>Restore progress for archived objects.</summary>
    public RestoreState? Restore { get; init; }

    /// <summary>Intelligent-Tiering archive tier reached (ARCHIVE_ACCESS / DEEP_ARCHIVE_ACCESS), if any.</summary>
    public string? ArchiveTier { get; init; }

    /// <summary>True when a REDUCED_REDUNDANCY object was lost (admin hook).</summary>
    public bool IsLost { get; init; }

    /// <summary>Part sizes of a multipart object (null for single-part objects).</summary>
    public IReadOnlyList<long>? PartSizes { get; init; }

    /// <summary>Simulated time of creation (lifecycle age).</summary>
    public DateTimeOffset SimulatedCreated { get; init; }

    /// <summary>Simulated time this version stopped being current (noncurrent-version lifecycle age).</summary>
    public DateTimeOffset? SimulatedNoncurrentSince { get; init; }

    /// <summary>Simulated time of the last read (Intelligent-Tiering).</summary>
    public DateTimeOffset SimulatedLastAccess { get; init; }

    /// <summary>The client's full-object checksum header (name, value), echoed on PUT and on GET/HEAD with x-amz-checksum-mode.</summary>
    public KeyValuePair<string, string>? Checksum { get; init; }

    /// <summary>Replication status header value (PENDING, COMPLETED, FAILED, REPLICA).</summary>
    public string? ReplicationStatus { get; init; }

    /// <summary>Content length in bytes.</summary>
    public long Size => Content.LongLength;

    /// <summary>True for the "null" version.</summary>
    public bool IsNullVersion => VersionId == NullVersionId;

    /// <summary>True when the content needs a restore before it can be read.</summary>
    public bool IsArchived =>
        (StorageClass is "GLACIER" or "DEEP_ARCHIVE" || ArchiveTier is not null) &&
        (Restore is null || Restore.InProgress);
}
