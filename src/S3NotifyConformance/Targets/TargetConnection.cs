using Amazon.Runtime;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Targets;

/// <summary>A started target: endpoints, region, credentials, what it supports and how long to wait on it.</summary>
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
    EventVersionFloor? EventVersion = null)
{
    /// <summary>Capabilities of <paramref name="needs"/> the target lacks, in order.</summary>
    public ImmutableArray<Capability> Missing(IEnumerable<Capability> needs) => [.. needs.Where(n => !Capabilities.Contains(n))];
}
