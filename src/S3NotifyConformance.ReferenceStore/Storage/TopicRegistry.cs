namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>All SNS topics, by ARN.</summary>
internal sealed class TopicRegistry
{
    private readonly ConcurrentDictionary<string, SnsTopic> _byArn = new(StringComparer.Ordinal);

    /// <summary>Returns the existing topic with this ARN or adds a new one (CreateTopic is idempotent).</summary>
    public SnsTopic GetOrAdd(string arn, Func<SnsTopic> create) => _byArn.GetOrAdd(arn, _ => create());

    /// <summary>The topic, or null.</summary>
    public SnsTopic? Find(string arn) => _byArn.TryGetValue(arn, out var topic) ? topic : null;

    /// <summary>Removes a topic.</summary>
    public bool Remove(string arn) => _byArn.TryRemove(arn, out _);

    /// <summary>The topic owning a subscription ARN ({topicArn}:{uuid}), with the subscription, or null.</summary>
    public (SnsTopic Topic, SnsSubscription Subscription)? FindSubscription(string subscriptionArn)
    {
        var colon = subscriptionArn.LastIndexOf(':');
        if (colon <= 0 || Find(subscriptionArn[..colon]) is not { } topic)
        {
            return null;
        }

        var subscription = topic.Subscriptions.FirstOrDefault(s => s.Arn == subscriptionArn);
        return subscription is null ? null : (topic, subscription);
    }

    /// <summary>All topics ordered by ARN.</summary>
    public IReadOnlyList<SnsTopic> All() => _byArn.Values.OrderBy(t => t.Arn, StringComparer.Ordinal).ToList();
}
