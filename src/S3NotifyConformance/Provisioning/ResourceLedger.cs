namespace S3NotifyConformance.Provisioning;

/// <summary>Append-only list of what the run created, so teardown removes exactly those. Thread-safe.</summary>
public sealed class ResourceLedger
{
    private readonly List<ProvisionedResource> _resources = [];
    private readonly Lock _lock = new();

    /// <summary>Records a created resource.</summary>
    public void Add(ProvisionedResource resource)
    {
        lock (_lock)
        {
            _resources.Add(resource);
        }
    }

    /// <summary>Removes a resource once it is deleted.</summary>
    public void Remove(ProvisionedResource resource)
    {
        lock (_lock)
        {
            _resources.Remove(resource);
        }
    }

    /// <summary>What is still recorded, newest first (the order to delete in).</summary>
    public ImmutableArray<ProvisionedResource> NewestFirst()
    {
        lock (_lock)
        {
            return [.. Enumerable.Reverse(_resources)];
        }
    }
}
