using S3NotifyConformance.ReferenceStore.Notifications;

namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>A bucket: versions per key, uploads and bucket-level configuration. Callers that mutate and emit events hold <see cref="Gate"/>.</summary>
internal sealed partial class Bucket
{
    private readonly SortedDictionary<string, List<ObjectVersion>> _objects = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, MultipartUpload> _uploads = new(StringComparer.Ordinal);
    private volatile NotificationConfiguration _notifications = NotificationConfiguration.Empty;

    /// <summary>Creates a bucket.</summary>
    public Bucket(string name, string region, DateTimeOffset created)
    {
        Name = name;
        Region = region;
        CreationDate = created;
    }

    /// <summary>Lock for every read and write of the object map (re-entrant).</summary>
    public object Gate { get; } = new();

    /// <summary>The bucket name.</summary>
    public string Name { get; }

    /// <summary>The bucket's region (LocationConstraint or the store default); records carry it as awsRegion.</summary>
    public string Region { get; }

    /// <summary>Creation time.</summary>
    public DateTimeOffset CreationDate { get; }

    /// <summary>The versioning state.</summary>
    public VersioningStatus Versioning { get; set; }

    /// <summary>The notification configuration (swapped atomically by PUT).</summary>
    public NotificationConfiguration Notifications
    {
        get => _notifications;
        set => _notifications = value;
    }

    /// <summary>"arn:aws:s3:::name".</summary>
    public string Arn => "arn:aws:s3:::" + Name;

    /// <summary>True when no object, version or delete marker remains.</summary>
    public bool IsEmpty
    {
        get
        {
            lock (Gate)
            {
                return _objects.Count == 0;
            }
        }
    }

    /// <summary>The newest version of a key (maybe a delete marker), or null.</summary>
    public ObjectVersion? GetLatest(string key)
    {
        lock (Gate)
        {
            return _objects.TryGetValue(key, out var versions) && versions.Count > 0 ? versions[^1] : null;
        }
    }

    /// <summary>A specific version of a key, or null.</summary>
    public ObjectVersion? GetVersion(string key, string versionId)
    {
        lock (Gate)
        {
            return _objects.TryGetValue(key, out var versions) ? versions.FindLast(v => v.VersionId == versionId) : null;
        }
    }

    /// <summary>Adds a new current version: replaces the "null" version when the new one is "null" (unversioned or suspended), else appends.</summary>
    public void AddVersion(ObjectVersion version, DateTimeOffset simulatedNow)
    {
        lock (Gate)
        {
            if (!_objects.TryGetValue(version.Key, out var versions))
            {
                versions = [];
                _objects[version.Key] = versions;
            }

            if (versions.Count > 0 && versions[^1].SimulatedNoncurrentSince is null)
            {
                versions[^1] = versions[^1] with { SimulatedNoncurrentSince = simulatedNow };
            }

            if (version.IsNullVersion)
            {
                versions.RemoveAll(v => v.IsNullVersion);
            }

            versions.Add(version);
        }
    }

    /// <summary>Removes a version permanently; returns it, or null when absent.</summary>
    public ObjectVersion? RemoveVersion(string key, string versionId)
    {
        lock (Gate)
        {
            if (!_objects.TryGetValue(key, out var versions))
            {
                return null;
            }

            var index = versions.FindLastIndex(v => v.VersionId == versionId);
            if (index < 0)
            {
                return null;
            }

            var removed = versions[index];
            versions.RemoveAt(index);
            if (versions.Count == 0)
            {
                _objects.Remove(key);
            }
            else if (index == versions.Count)
            {
                versions[^1] = versions[^1] with { SimulatedNoncurrentSince = null };
            }

            return removed;
        }
    }

    /// <summary>Replaces a stored version by an updated copy with the same key and version id (tags, ACL, restore...).</summary>
    public bool ReplaceVersion(ObjectVersion updated)
    {
        lock (Gate)
        {
            if (!_objects.TryGetValue(updated.Key, out var versions))
            {
                return false;
            }

            var index = versions.FindLastIndex(v => v.VersionId == updated.VersionId);
            if (index < 0)
            {
                return false;
            }

            versions[index] = updated;
            return true;
        }
    }

    /// <summary>A snapshot of every version: keys ascending, newest version first.</summary>
    public IReadOnlyList<ObjectVersion> SnapshotVersions(string prefix = "")
    {
        lock (Gate)
        {
            var result = new List<ObjectVersion>();
            foreach (var (key, versions) in _objects)
            {
                if (key.StartsWith(prefix, StringComparison.Ordinal))
                {
                    for (var i = versions.Count - 1; i >= 0; i--)
                    {
                        result.Add(versions[i]);
                    }
                }
            }

            return result;
        }
    }

    /// <summary>A snapshot of current, non-deleted objects with keys ascending.</summary>
    public IReadOnlyList<ObjectVersion> SnapshotCurrent(string prefix = "")
    {
        lock (Gate)
        {
            var result = new List<ObjectVersion>();
            foreach (var (key, versions) in _objects)
            {
                if (key.StartsWith(prefix, StringComparison.Ordinal) && !versions[^1].IsDeleteMarker)
                {
                    result.Add(versions[^1]);
                }
            }

            return result;
        }
    }

    /// <summary>Starts tracking a multipart upload.</summary>
    public void AddUpload(MultipartUpload upload) => _uploads[upload.UploadId] = upload;

    /// <summary>The upload with this id for this key, or null.</summary>
    public MultipartUpload? GetUpload(string uploadId, string key) =>
        _uploads.TryGetValue(uploadId, out var upload) && upload.Key == key ? upload : null;

    /// <summary>A snapshot of in-progress uploads.</summary>
    public IReadOnlyList<MultipartUpload> Uploads => _uploads.Values.ToList();

    /// <summary>Stops tracking an upload; false when it was already gone.</summary>
    public bool RemoveUpload(string uploadId) => _uploads.TryRemove(uploadId, out _);
}
