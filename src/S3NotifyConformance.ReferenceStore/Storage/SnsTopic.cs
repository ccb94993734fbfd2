namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>An SNS topic with its attributes and subscriptions.</summary>
internal sealed class SnsTopic
{
    private readonly object _gate = new();
    private readonly Dictionary<string, string> _attributes;
    private readonly List<SnsSubscription> _subscriptions = [];

    /// <summary>Creates a topic.</summary>
    public SnsTopic(string name, string arn, IReadOnlyDictionary<string, string> attributes)
    {
        Name = name;
        Arn = arn;
        _attributes = new Dictionary<string, string>(attributes, StringComparer.Ordinal);
    }

    /// <summary>The topic name.</summary>
    public string Name { get; }

    /// <summary>arn:aws:sns:{region}:{account}:{name}.</summary>
    public string Arn { get; }

    /// <summary>A copy of the stored attributes.</summary>
    public IReadOnlyDictionary<string, string> Attributes
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, string>(_attributes);
            }
        }
    }

    /// <summary>A copy of the subscriptions.</summary>
    public IReadOnlyList<SnsSubscription> Subscriptions
    {
        get
        {
            lock (_gate)
            {
                return _subscriptions.ToList();
            }
        }
    }

    /// <summary>Sets one attribute.</summary>
    public void SetAttribute(string name, string value)
    {
        lock (_gate)
        {
            _attributes[name] = value;
        }
    }

    /// <summary>Adds a subscription, or returns the existing one with the same protocol and endpoint.</summary>
    public SnsSubscription Subscribe(string protocol, string endpoint, IReadOnlyDictionary<string, string> attributes)
    {
        lock (_gate)
        {
            var existing = _subscriptions.Find(s => s.Protocol == protocol && s.Endpoint == endpoint);
            if (existing is not null)
            {
                return existing;
            }

            var subscription = new SnsSubscription($"{Arn}:{Guid.NewGuid():D}", Arn, protocol, endpoint, attributes);
            _subscriptions.Add(subscription);
            return subscription;
        }
    }

    /// <summary>Replaces a subscription (attribute change).</summary>
    public void Replace(SnsSubscription subscription)
    {
        lock (_gate)
        {
            var index = _subscriptions.FindIndex(s => s.Arn == subscription.Arn);
            if (index >= 0)
            {
                _subscriptions[index] = subscription;
            }
        }
    }

    /// <summary>Removes a subscription by ARN.</summary>
    public bool Unsubscribe(string subscriptionArn)
    {
        lock (_gate)
        {
            return _subscriptions.RemoveAll(s => s.Arn == subscriptionArn) > 0;
        }
    }
}
