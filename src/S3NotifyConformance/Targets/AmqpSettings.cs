namespace S3NotifyConformance.Targets;

/// <summary>How a store that publishes to AMQP (Ceph RGW's AMQP topics) reaches the harness's consumer: the broker, how the
/// store waits for it, and the topics' other attributes.</summary>
/// <param name="Broker">The broker (<c>amqp://user:password@host:port/vhost</c>) the store publishes to and the harness consumes
/// from; null for a launched target, which starts its own throwaway broker and fills this in.</param>
/// <param name="PushEndpoint">What the store is told to publish to (the topics' push-endpoint), when it is not
/// <paramref name="Broker"/>: Ceph RGW 16.2 refuses a push-endpoint with a password over plain HTTP, and connects as
/// guest/guest (which RabbitMQ accepts from loopback) to one that names no user.</param>
/// <param name="AckLevel">RGW's <c>amqp-ack-level</c>: <c>none</c> (fire and forget), <c>broker</c> (the broker confirmed the
/// message; RGW's default) or <c>routable</c> (the broker routed it to a queue).</param>
/// <param name="TopicAttributes">Extra attributes for created topics, e.g. <c>persistent: "true"</c>.</param>
public sealed record AmqpSettings(Uri? Broker, string AckLevel, ImmutableSortedDictionary<string, string> TopicAttributes, string? PushEndpoint = null)
{
    /// <summary>The topics' push-endpoint: <see cref="PushEndpoint"/>, else the broker as written. Text, not a Uri: RGW reads it
    /// with librabbitmq, for which <c>amqp://host:port/</c> names the empty vhost and <c>amqp://host:port</c> the default one.</summary>
    public string? StoreEndpoint => PushEndpoint ?? Broker?.OriginalString;

    /// <summary>The ack levels RGW knows.</summary>
    public static readonly ImmutableArray<string> AckLevels = ["none", "broker", "routable"];

    /// <summary>The launched broker, RGW's default ack level, no extra attributes.</summary>
    public static AmqpSettings Launched { get; } = new(null, "broker", ImmutableSortedDictionary<string, string>.Empty);

    /// <summary>The broker without its credentials, for reports.</summary>
    public string DescribeBroker() => Broker is null ? "(not started)" : $"{Broker.Scheme}://{Broker.Host}:{Broker.Port}{Broker.AbsolutePath}";
}
