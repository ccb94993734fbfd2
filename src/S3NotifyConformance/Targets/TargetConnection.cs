using Amazon.Runtime;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Targets;

/// <summary>A started target: endpoints, region, credentials, what it supports and how long to wait on it.</summary>
/// <param name="Webhook">For <see cref="DeliveryPath.HttpPush"/>: how the store reaches the webhook receiver.</param>
/// <param name="DestinationSubstitutes">Destination kinds the store lacks, delivered through another kind it has (Ceph RGW:
/// scenarios' queues become push topics); the report says so.</param>
/// <param name="DuplicationAllowance">Share of delivered records that may be duplicates before the harness reports them (a
/// harness policy; target file <c>duplicationAllowance</c>).</param>
/// <param name="Amqp">For <see cref="DeliveryPath.Amqp"/>: the broker the store publishes to (filled in by a launched target).</param>
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
    string? UnavailableReason = null,
    ImmutableSortedDictionary<DestinationKind, DestinationKind>? DestinationSubstitutes = null,
    EventVersionFloor? EventVersion = null,
    double DuplicationAllowance = 0,
    AmqpSettings? Amqp = null)
{
    /// <summary>Bounds every call to this store and notices when it stops answering; shared by every client made from this connection.</summary>
    public StoreCallMonitor Calls { get; init; } = new(Timings);

    /// <summary>How Lambda destinations reach the harness (the embedded store's function registry, or a deployed forwarding
    /// function); null when the target names none, and then no function can be provisioned.</summary>
    public LambdaDelivery? Lambda { get; init; }

    /// <summary>The in-process reference store this connection reaches, when it is one (its delivery knob takes endpoint
    /// faults); null for every store outside the harness's process.</summary>
    public ReferenceStore.ReferenceStore? EmbeddedStore { get; init; }

    /// <summary>The AWS region every SDK-style store accepts besides the target's own when none is named.</summary>
    public const string DefaultSecondRegion = "us-west-2";

    /// <summary>A region other than <see cref="Region"/> where scenarios with <c>region: second</c> create their bucket and
    /// destinations (target file <c>secondRegion</c>); used only when the target declares <c>second-region</c>.</summary>
    public string SecondRegion { get; init; } = DefaultSecondRegion;

    /// <summary>This connection as seen from <paramref name="region"/>: every client made from it signs for that region, and an
    /// endpoint whose host names the target's region (AWS's regional endpoints, <c>sqs.us-east-1.amazonaws.com</c>) names
    /// that region instead; a store answering every region on one endpoint keeps it. Shares the call monitor.</summary>
    public TargetConnection InRegion(string region) => region == Region ? this : this with
    {
        Region = region,
        Endpoints = new TargetEndpoints(Regional(Endpoints.S3, region)!, Regional(Endpoints.Sqs, region), Regional(Endpoints.Sns, region))
        {
            Events = Regional(Endpoints.Events, region),
        },
    };

    private Uri? Regional(Uri? endpoint, string region)
    {
        if (endpoint is null || !endpoint.Host.EndsWith(".amazonaws.com", StringComparison.OrdinalIgnoreCase))
        {
            return endpoint;
        }

        var labels = endpoint.Host.Split('.');
        return new UriBuilder(endpoint) { Host = string.Join('.', labels.Select(l => l == Region ? region : l)) }.Uri;
    }

    /// <summary>Capabilities of <paramref name="needs"/> the target lacks, in order. A destination capability is not
    /// lacking when a substitute kind stands in for it, unless a literal ARN needs it (<paramref name="literalNeeds"/>).</summary>
    public ImmutableArray<Capability> Missing(IEnumerable<Capability> needs, IEnumerable<Capability>? literalNeeds = null)
    {
        var literal = (literalNeeds ?? []).ToHashSet();
        return [.. needs.Where(n => !Capabilities.Contains(n) && (literal.Contains(n) || SubstituteFor(n) is null))];
    }

    /// <summary>Why the target, though it declares <c>lambda-destination</c>, cannot provision the functions these configurations
    /// need (it names no Lambda path: AWS or LocalStack without a forwarding function); null when it can, or needs none.</summary>
    public string? LambdaPathMissing(IEnumerable<ConfigurationSpec> configurations) =>
        Lambda is null && Capabilities.Contains(Capability.LambdaDestination) && configurations.Any(c => c.IsProvisioned && c.Destination == DestinationKind.Lambda)
            ? $"{Capability.LambdaDestination.ToName()} (declared, but the target file names no forwarding function: lambda: {{ functionArn, forwardsTo: queue }})"
            : null;

    /// <summary>The destination kind that stands in for the one <paramref name="capability"/> names, if the target declares one.</summary>
    public DestinationKind? SubstituteFor(Capability capability) =>
        (DestinationSubstitutes ?? ImmutableSortedDictionary<DestinationKind, DestinationKind>.Empty)
            .Where(s => s.Key.Capability() == capability && Capabilities.Contains(s.Value.Capability()))
            .Select(s => (DestinationKind?)s.Value)
            .FirstOrDefault();

    /// <summary>The target as a run's header names it: name, kind, S3 endpoint, region and capabilities, with
    /// <paramref name="note"/> (substituted destinations, store knobs) when there is one.</summary>
    public TargetSummary Summary(string? note) =>
        new(Name, Kind, Endpoints.S3.ToString(), Region, [.. Capabilities.Select(c => c.ToName())], note);
}
