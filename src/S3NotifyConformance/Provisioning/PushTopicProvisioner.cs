using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Provisioning;

/// <summary>Push destinations on a store with an SNS-style topic API (Ceph RGW): one topic per destination whose
/// push-endpoint is the destination's webhook channel, created with the SNS Query API on the store's own endpoint.
/// Topics are sync by default (<c>persistent=false</c>): persistent topics deliver their first event 15–30 s late
/// (ceph-rgw NOTES.md); a target file may say otherwise in <c>webhook.topicAttributes</c>. A queue destination, where the
/// target declares topics as its substitute, gets a topic too, configured as a TopicConfiguration.</summary>
public sealed class PushTopicProvisioner(SnsQueryClient sns, Func<string, string> endpointFor, IReadOnlyDictionary<string, string> topicAttributes) : IDestinationProvisioner
{

    /// <inheritdoc />
    public async Task<ProvisionedDestination> ProvisionAsync(string destinationName, DestinationKind kind, ResourceNames names, string bucket, ResourceLedger ledger, CancellationToken cancellationToken)
    {
        var channel = names.Destination(destinationName);
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["push-endpoint"] = endpointFor(channel),
            ["persistent"] = "false",
        };
        foreach (var (key, value) in topicAttributes)
        {
            attributes[key] = value;
        }

        var arn = await CreateTopicAsync(channel, attributes, cancellationToken);
        ledger.Add(new ProvisionedResource(ResourceKind.Topic, channel, arn));

        // Any other kind reaches here only as a declared substitute (a queue scenario on RGW): a topic stands in for it.
        return new ProvisionedDestination(destinationName, kind, arn, null, channel, kind == DestinationKind.Sns ? null : DestinationKind.Sns);
    }

    // RGW 16 keeps a tenant's topics in one RADOS object that bucket-notification writes also update; a CreateTopic that
    // loses that race answers an empty "UnknownError" (seen ~2 in 80 at parallelism 4, with topic calls serialized).
    // CreateTopic is idempotent, so a lost race is retried a bounded number of times.
    private async Task<string> CreateTopicAsync(string name, Dictionary<string, string> attributes, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await sns.CreateTopicAsync(name, attributes, cancellationToken);
            }
            catch (SnsQueryException e) when (e.Code == "UnknownError" && attempt < 4)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt), cancellationToken);
            }
        }
    }
}
