namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>All buckets of the store, by name.</summary>
internal sealed class BucketRegistry
{
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);

    /// <summary>Adds a bucket; false when the name is taken.</summary>
    public bool TryAdd(Bucket bucket) => _buckets.TryAdd(bucket.Name, bucket);

    /// <summary>The bucket, or null.</summary>
    public Bucket? Find(string name) => _buckets.TryGetValue(name, out var bucket) ? bucket : null;

    /// <summary>Removes a bucket.</summary>
    public bool Remove(string name) => _buckets.TryRemove(name, out _);

    /// <summary>All buckets ordered by name.</summary>
    public IReadOnlyList<Bucket> All() => _buckets.Values.OrderBy(b => b.Name, StringComparer.Ordinal).ToList();
}
