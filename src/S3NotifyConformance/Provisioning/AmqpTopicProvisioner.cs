using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Provisioning;

/// <summary>AMQP destinations on a store with an SNS-style topic API (Ceph RGW): first the destination's queue on the broker
/// (<paramref name="declareQueue"/>: declared and bound to the run's exchange with the topic's name as routing key, so
/// nothing the store publishes finds no queue), then the topic, whose push-endpoint is the broker as the store reaches it
/// (<paramref name="storeEndpoint"/>), <c>amqp-exchange</c> the run's <paramref name="exchange"/> and <c>amqp-ack-level</c>
/// the target's. The topic's name is the destination's channel: the routing key and the queue.</summary>
public sealed class AmqpTopicProvisioner(
    SnsQueryClient sns, Func<string, CancellationToken, Task> declareQueue, string storeEndpoint, string exchange, AmqpSettings settings) : IDestinationProvisioner
{
    private readonly PushTopicProvisioner _topics = new(
        sns,
        _ => storeEndpoint,
        new Dictionary<string, string>(settings.TopicAttributes, StringComparer.Ordinal)
        {
            ["amqp-exchange"] = exchange,
            ["amqp-ack-level"] = settings.AckLevel,
        });

    /// <inheritdoc />
    public async Task<ProvisionedDestination> ProvisionAsync(string destinationName, DestinationKind kind, ResourceNames names, string bucket, ResourceLedger ledger, CancellationToken cancellationToken)
    {
        await declareQueue(names.Destination(destinationName), cancellationToken);
        return await _topics.ProvisionAsync(destinationName, kind, names, bucket, ledger, cancellationToken);
    }
}
