using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Provisioning;

/// <summary>A destination the harness created for a scenario and where to collect from it.</summary>
/// <param name="Name">The scenario's destination name (configurations sharing it share this).</param>
/// <param name="Arn">The ARN that goes into the notification configuration.</param>
/// <param name="QueueUrl">The queue the collector drains (the queue itself, or the one subscribed to the topic).</param>
/// <param name="WebhookChannel">For push targets: the channel events for this destination arrive on (the webhook path
/// segment; with AMQP delivery the topic's name, which is the routing key and the queue).</param>
/// <param name="ConfiguredAs">The configuration type that goes on the wire when it differs from <paramref name="Kind"/>
/// (a target's destination substitute: a push topic standing in for a queue).</param>
public sealed record ProvisionedDestination(string Name, DestinationKind Kind, string Arn, string? QueueUrl, string? WebhookChannel = null, DestinationKind? ConfiguredAs = null)
{
    /// <summary>The configuration type to send: <see cref="ConfiguredAs"/>, else the scenario's kind.</summary>
    public DestinationKind WireKind => ConfiguredAs ?? Kind;
}
