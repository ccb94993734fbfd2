namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>A topic subscription.</summary>
/// <param name="Arn">{topicArn}:{uuid}.</param>
/// <param name="TopicArn">The topic.</param>
/// <param name="Protocol">Only "sqs" is delivered.</param>
/// <param name="Endpoint">The queue ARN.</param>
/// <param name="Attributes">Subscription attributes (RawMessageDelivery honoured).</param>
internal sealed record SnsSubscription(string Arn, string TopicArn, string Protocol, string Endpoint, IReadOnlyDictionary<string, string> Attributes)
{
    /// <summary>True when RawMessageDelivery is "true": the queue gets the bare message, no envelope.</summary>
    public bool RawMessageDelivery =>
        Attributes.TryGetValue("RawMessageDelivery", out var raw) && raw.Equals("true", StringComparison.OrdinalIgnoreCase);
}
