namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>All SQS queues, by name and by ARN.</summary>
internal sealed class QueueRegistry
{
    private readonly ConcurrentDictionary<string, SqsQueue> _byName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SqsQueue> _byArn = new(StringComparer.Ordinal);

    /// <summary>Returns the existing queue of that name, or adds the one <paramref name="create"/> makes.</summary>
    public (SqsQueue Queue, bool Created) GetOrAdd(string name, Func<SqsQueue> create)
    {
        var created = false;
        var queue = _byName.GetOrAdd(name, _ =>
        {
            created = true;
            return create();
        });
        if (created)
        {
            _byArn[queue.Arn] = queue;
        }

        return (queue, created);
    }

    /// <summary>The queue with this name, or null.</summary>
    public SqsQueue? FindByName(string name) => _byName.TryGetValue(name, out var queue) ? queue : null;

    /// <summary>The queue with this ARN, or null.</summary>
    public SqsQueue? FindByArn(string arn) => _byArn.TryGetValue(arn, out var queue) ? queue : null;

    /// <summary>The queue a URL points at (last path segment is the name), or null.</summary>
    public SqsQueue? FindByUrl(string url)
    {
        var trimmed = url.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash < 0 ? FindByName(trimmed) : FindByName(trimmed[(slash + 1)..]);
    }

    /// <summary>Removes a queue.</summary>
    public bool Remove(SqsQueue queue)
    {
        _byArn.TryRemove(queue.Arn, out _);
        return _byName.TryRemove(queue.Name, out _);
    }

    /// <summary>All queues ordered by name.</summary>
    public IReadOnlyList<SqsQueue> All() => _byName.Values.OrderBy(q => q.Name, StringComparer.Ordinal).ToList();
}
