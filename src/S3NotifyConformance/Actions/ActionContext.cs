using System.Collections.Concurrent;
using Amazon.S3;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Actions;

/// <summary>Everything an action needs for one scenario: clients, bucket, destinations, ledger, and the state actions share.</summary>
public sealed class ActionContext(
    IAmazonS3 s3,
    TargetConnection target,
    string bucket,
    BucketVersioning versioning,
    IReadOnlyDictionary<string, ProvisionedDestination> destinations,
    WriteLedger ledger,
    HarnessClock clock,
    ResourceLedger? resources = null)
{
    /// <summary>Where resources that steps create (a replica bucket) are recorded, so teardown removes them.</summary>
    public ResourceLedger Resources { get; } = resources ?? new ResourceLedger();

    /// <summary>The replica bucket of replication steps: the scenario's bucket name plus <c>-r</c>, so it carries the run id.</summary>
    public string ReplicaBucket => $"{Bucket}-r";

    /// <summary>The S3 client.</summary>
    public IAmazonS3 S3 { get; } = s3;

    /// <summary>The target (endpoint, region, credentials for signed POST uploads).</summary>
    public TargetConnection Target { get; } = target;

    /// <summary>The scenario's bucket.</summary>
    public string Bucket { get; } = bucket;

    /// <summary>The provisioned destinations by name.</summary>
    public IReadOnlyDictionary<string, ProvisionedDestination> Destinations { get; } = destinations;

    /// <summary>Where calls are recorded.</summary>
    public WriteLedger Ledger { get; } = ledger;

    /// <summary>The time base.</summary>
    public HarnessClock Clock { get; } = clock;

    /// <summary>The bucket's versioning state now (versioning steps change it).</summary>
    public BucketVersioning Versioning { get; set; } = versioning;

    /// <summary>Version ids by step label.</summary>
    public ConcurrentDictionary<string, string> Labels { get; } = new(StringComparer.Ordinal);

    /// <summary>Current object state by key.</summary>
    public ConcurrentDictionary<string, ObjectState> Objects { get; } = new(StringComparer.Ordinal);

    /// <summary>The configuration last applied successfully (sentinels are planned from it).</summary>
    public NotificationSpec AppliedNotification { get; set; } = NotificationSpec.Empty;

    /// <summary>A bucket name derived from the scenario's that does not exist, for NoSuchBucket scenarios.</summary>
    public string MissingBucket => $"{Bucket}-missing";

    /// <summary>Faults begun by this scenario's steps, each completing once lifted (with the window as applied).</summary>
    public ConcurrentQueue<Task> Faults { get; } = new();

    /// <summary>When the scenario's steps began (a Stopwatch timestamp): fault windows count their seconds from it.</summary>
    public long StepsStarted { get; } = System.Diagnostics.Stopwatch.GetTimestamp();

    /// <summary>A scenario's literal ARN with {region} and {account} filled in for this target.</summary>
    public string ResolveArn(string template) => ArnTemplate.Resolve(template, Target.Region, Target.AccountId);

    /// <summary>The version id a label refers to; an unknown label is a scenario error.</summary>
    public string ResolveVersion(string label) =>
        Labels.TryGetValue(label, out var version) ? version : throw new InvalidOperationException($"no earlier step is labelled '{label}' with a version id");
}
