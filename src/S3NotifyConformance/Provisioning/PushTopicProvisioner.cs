using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Provisioning;

/// <summary>Push destinations on a store with an SNS-style topic API (Ceph RGW): one topic per destination whose
/// push-endpoint is the destination's webhook channel, created with the SNS Query API on the store's own endpoint.
/// Topics are sync by default (<c>persistent=false</c>): persistent topics deliver their first event 15–30 s late
/// (ceph-rgw NOTES.md); a target file may say otherwise in <c>webhook.topicAttributes</c>.</summary>
public sealed class PushTopicProvisioner(SnsQueryClient sns, Func<string, Uri> endpointFor, IReadOnlyDictionary<string, string> topicAttributes) : IDestinationProvisioner
{
    // RGW keeps a tenant's topics in one RADOS object: concurrent CreateTopic calls race and one answers an empty
    // "UnknownError". Topic creation is therefore one at a time per run.
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <inheritdoc />
    public async Task<ProvisionedDestination> ProvisionAsync(string destinationName, DestinationKind kind, ResourceNames names, string bucket, ResourceLedger ledger, CancellationToken cancellationToken)
    {
        if (kind != DestinationKind.Sns)
        {
            throw new InvalidOperationException($"a push target delivers through topics only; destination '{destinationName}' is {kind}");
        }

        var channel = names.Destination(destinationName);
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["push-endpoint"] = endpointFor(channel).ToString(),
            ["persistent"] = "false",
        };
        foreach (var (key, value) in topicAttributes)
        {
            attributes[key] = value;
        }

        string arn;
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            arn = await sns.CreateTopicAsync(channel, attributes, cancellationToken);
            ledger.Add(new ProvisionedResource(ResourceKind.Topic, channel, arn));
        }
        finally
        {
            _oneAtATime.Release();
        }

        return new ProvisionedDestination(destinationName, kind, arn, null, channel);
    }
}
