using Amazon.Runtime;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Targets;

/// <summary>A started target: endpoints, region, credentials, what it supports and how long to wait on it.</summary>
/// <param name="Webhook">For <see cref="DeliveryPath.HttpPush"/>: how the store reaches the webhook receiver.</param>
/// <param name="UnavailableReason">Set when the target cannot run on this machine (LocalStack without Docker): every scenario
/// is then reported unsupported with this reason, and nothing is contacted.</param>
public sealed record TargetConnection(
    string Name,
    string Kind,
    TargetEndpoints Endpoints,
    string Region,
    AWSCredentials Credentials,
    ImmutableSortedSet<Capability> Capabilities,
    TargetTimings Timings,
    DeliveryPath DeliveryPath,
    string? AccountId = null,
    WebhookSettings? Webhook = null,
    string? UnavailableReason = null)
{
    /// <summary>Capabilities of <paramref name="needs"/> the target lacks, in order.</summary>
    public ImmutableArray<Capability> Missing(IEnumerable<Capability> needs) => [.. needs.Where(n => !Capabilities.Contains(n))];
}
