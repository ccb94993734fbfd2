using S3NotifyConformance.ReferenceStore.Authentication;
using S3NotifyConformance.ReferenceStore.Clock;
using S3NotifyConformance.ReferenceStore.Notifications;
using S3NotifyConformance.ReferenceStore.Replication;
using S3NotifyConformance.ReferenceStore.Sns;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.Hosting;

/// <summary>The store's shared state and services, handed to every handler.</summary>
internal sealed class StoreServices
{
    /// <summary>Wires the store together.</summary>
    public StoreServices(ReferenceStoreConfiguration configuration)
    {
        Configuration = configuration;
        Verifier = new SignatureVerifier(configuration.Credentials, TimeProvider.System);
        OwnerPrincipalId = Identifiers.OwnerPrincipal(configuration.AccountId);
        OwnerCanonicalId = Identifiers.CanonicalUserId(configuration.AccountId);
        Publisher = new SnsPublisher(Queues, () => Endpoint);
        Pipeline = new DeliveryPipeline(
            configuration.Faults, new DestinationRouter(Queues, Topics, Publisher, Functions, Invoker, EventBus), Statistics, configuration.SeededFaults, Disruptions,
            configuration.OutagePolicy);
        Notifications = new NotificationDispatcher(Pipeline, OwnerPrincipalId, configuration.SeededFaults, configuration.AccountId, configuration.Region);
        Sequencer = new Sequencer(configuration.SeededFaults.Contains(Faults.StoreFault.SequencerDecreasing));
        Clock = new SimulatedClock(configuration.TimeScale);
        Scheduler = new ClockScheduler(Clock);
        Replication = new ReplicationEngine(this);
        Restores = new RestoreEngine(this);
    }

    /// <summary>The built configuration.</summary>
    public ReferenceStoreConfiguration Configuration { get; }

    /// <summary>Checks request signatures against the configured credentials.</summary>
    public SignatureVerifier Verifier { get; }

    /// <summary>The store URL, e.g. http://127.0.0.1:5123 (set once listening).</summary>
    public string Endpoint { get; set; } = "http://127.0.0.1";

    /// <summary>The seeded misbehaviours the store was built with.</summary>
    public IReadOnlySet<Faults.StoreFault> SeededFaults => Configuration.SeededFaults;

    /// <summary>Default region.</summary>
    public string Region => Configuration.Region;

    /// <summary>The owning account.</summary>
    public string AccountId => Configuration.AccountId;

    /// <summary>Bucket owner principal (ownerIdentity.principalId).</summary>
    public string OwnerPrincipalId { get; }

    /// <summary>Owner canonical user id (ACLs, listings).</summary>
    public string OwnerCanonicalId { get; }

    /// <summary>Buckets.</summary>
    public BucketRegistry Buckets { get; } = new();

    /// <summary>SQS queues.</summary>
    public QueueRegistry Queues { get; } = new();

    /// <summary>SNS topics.</summary>
    public TopicRegistry Topics { get; } = new();

    /// <summary>Lambda functions registered with the store.</summary>
    public FunctionRegistry Functions { get; } = new();

    /// <summary>POSTs events to registered functions.</summary>
    public FunctionInvoker Invoker { get; } = new();

    /// <summary>EventBridge rules of the default buses.</summary>
    public EventBusRegistry EventBus { get; } = new();

    /// <summary>Store-wide sequencer.</summary>
    public Sequencer Sequencer { get; }

    /// <summary>Delivery counters.</summary>
    public DeliveryStatistics Statistics { get; } = new();

    /// <summary>The destination disruption in force (outage windows, restarts).</summary>
    public Faults.DisruptionSwitch Disruptions { get; } = new();

    /// <summary>SNS fan-out.</summary>
    public SnsPublisher Publisher { get; }

    /// <summary>S3 → destination delivery.</summary>
    public DeliveryPipeline Pipeline { get; }

    /// <summary>Event matching and emission.</summary>
    public NotificationDispatcher Notifications { get; }

    /// <summary>The accelerated clock.</summary>
    public SimulatedClock Clock { get; }

    /// <summary>Timers and sweeps on the accelerated clock.</summary>
    public ClockScheduler Scheduler { get; }

    /// <summary>Replication of new versions.</summary>
    public ReplicationEngine Replication { get; }

    /// <summary>RestoreObject progress.</summary>
    public RestoreEngine Restores { get; }

    /// <summary>arn:aws:sqs:{region}:{account}:{name}.</summary>
    public string QueueArn(string name) => $"arn:aws:sqs:{Region}:{AccountId}:{name}";

    /// <summary>{endpoint}/{account}/{name}.</summary>
    public string QueueUrl(string name) => $"{Endpoint}/{AccountId}/{name}";

    /// <summary>arn:aws:sns:{region}:{account}:{name}.</summary>
    public string TopicArn(string name) => $"arn:aws:sns:{Region}:{AccountId}:{name}";

    /// <summary>Marks a REDUCED_REDUNDANCY object lost and emits s3:ReducedRedundancyLostObject; false when there is no such object.</summary>
    public bool LoseObject(string bucketName, string key)
    {
        if (Buckets.Find(bucketName) is not { } bucket)
        {
            return false;
        }

        lock (bucket.Gate)
        {
            if (bucket.GetLatest(key) is not { IsDeleteMarker: false, IsLost: false, StorageClass: "REDUCED_REDUNDANCY" } version)
            {
                return false;
            }

            bucket.ReplaceVersion(version with { IsLost = true });

            // eventVersion 2.1 and object fields as for ObjectCreated (inferred; no AWS recording).
            Notifications.Emit(bucket, S3EventDraft.RaisedByS3("ReducedRedundancyLostObject", version) with { Sequencer = Sequencer.Next() });
            return true;
        }
    }

    /// <summary>Starts the clock-driven workers (lifecycle, tiering, restore, replication).</summary>
    public void StartBackgroundWork()
    {
        Scheduler.AddSweep(new LifecycleSweeper(this).Sweep);
        Scheduler.AddSweep(new IntelligentTieringSweeper(this).Sweep);
        Scheduler.Start();
    }

    /// <summary>Stops the clock-driven workers.</summary>
    public ValueTask StopBackgroundWorkAsync() => Scheduler.DisposeAsync();
}
