using S3NotifyConformance.Collection;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Running;

/// <summary>Adds Lambda destinations to a target's wiring, as its <see cref="TargetConnection.Lambda"/> says: functions registered
/// with the embedded store, collected on the webhook receiver; or a deployed forwarding function, collected from its queue.
/// Without either, a Lambda destination cannot be provisioned and the scenario says why.</summary>
public static class LambdaWiring
{
    /// <summary>The wiring with Lambda destinations provisioned and collected as the target allows.</summary>
    public static DeliveryWiring Around(DeliveryWiring wiring, TargetConnection connection, ProvisioningClients clients, WebhookServer? webhook)
    {
        IDestinationProvisioner lambda = connection.Lambda switch
        {
            { FunctionRegistry: not null } when clients.Functions is not null && webhook is not null =>
                new RegisteredFunctionProvisioner(clients.Functions, webhook.EndpointFor, connection.Region, connection.AccountId ?? ArnTemplate.DefaultAccount),
            { ForwardingFunctionArn: { } arn } when clients.Sqs is not null => new ForwardingFunctionProvisioner(clients.Sqs, arn),
            _ => new NoFunctionProvisioner(connection.Name),
        };
        return new DeliveryWiring(
            new DestinationProvisionerByKind(wiring.Provisioner, ImmutableDictionary<DestinationKind, IDestinationProvisioner>.Empty.Add(DestinationKind.Lambda, lambda)),
            destination => destination.Kind != DestinationKind.Lambda ? wiring.CollectorFor(destination)
                : destination.WebhookChannel is { } channel && webhook is not null ? new WebhookCollector(webhook, channel, destination.Name)
                : new SqsCollector(clients.Sqs!, destination.QueueUrl!, destination.Name, Actions.HarnessClock.Shared));
    }

    private sealed class NoFunctionProvisioner(string target) : IDestinationProvisioner
    {
        public Task<ProvisionedDestination> ProvisionAsync(string destinationName, DestinationKind kind, ResourceNames names, string bucket, ResourceLedger ledger, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(
                $"target '{target}' names no forwarding function for Lambda destinations: add lambda: {{ functionArn: ..., forwardsTo: queue }} to its file (README, \"Lambda destinations\")");
    }
}
