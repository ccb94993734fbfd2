using Amazon.SQS;
using Amazon.SQS.Model;
using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Provisioning;

/// <summary>Lambda destinations through a forwarding function the user deployed (tools/lambda-forwarder): every Lambda
/// configuration names that function, which sends each event it is invoked with to the queue <c>{bucket}-lambda</c>; this creates
/// that run-scoped queue (the function's role may send to s3n-* queues: tools/lambda-forwarder/deploy.sh), and the harness drains it. One queue per bucket, so a scenario
/// can have one Lambda destination on such a target.</summary>
public sealed class ForwardingFunctionProvisioner(IAmazonSQS sqs, string functionArn) : IDestinationProvisioner
{
    /// <inheritdoc />
    public async Task<ProvisionedDestination> ProvisionAsync(string destinationName, DestinationKind kind, ResourceNames names, string bucket, ResourceLedger ledger, CancellationToken cancellationToken)
    {
        var name = bucket + LambdaDelivery.ForwardQueueSuffix;
        if (ledger.NewestFirst().Any(r => r.Kind == ResourceKind.Queue && r.Name == name))
        {
            throw new InvalidOperationException($"the forwarding function {functionArn} sends a bucket's events to one queue ({name}); this scenario has a second Lambda destination");
        }

        var url = (await sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = name }, cancellationToken)).QueueUrl;
        ledger.Add(new ProvisionedResource(ResourceKind.Queue, name, url));
        return new ProvisionedDestination(destinationName, kind, functionArn, url);
    }
}
