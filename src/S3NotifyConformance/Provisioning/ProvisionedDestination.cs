using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Provisioning;

/// <summary>A destination the harness created for a scenario and where to collect from it.</summary>
/// <param name="Name">The scenario's destination name (configurations sharing it share this).</param>
/// <param name="Arn">The ARN that goes into the notification configuration.</param>
/// <param name="QueueUrl">The queue the collector drains (the queue itself, or the one subscribed to the topic).</param>
/// <param name="WebhookChannel">For push targets: the webhook path segment events for this destination arrive on.</param>
public sealed record ProvisionedDestination(string Name, DestinationKind Kind, string Arn, string? QueueUrl, string? WebhookChannel = null);
