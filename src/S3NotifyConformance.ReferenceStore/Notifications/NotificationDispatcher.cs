using System.Diagnostics;
using S3NotifyConformance.ReferenceStore.Faults;
using S3NotifyConformance.ReferenceStore.Hosting;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>Turns S3 events into messages: one per matching configuration (SQS::test_xray_header: one record per message).</summary>
internal sealed class NotificationDispatcher
{
    private readonly DeliveryPipeline _pipeline;
    private readonly string _ownerPrincipalId;
    private readonly IReadOnlySet<StoreFault> _faults;
    private readonly string _accountId;
    private readonly string _storeRegion;

    /// <summary>Creates a dispatcher writing into <paramref name="pipeline"/>, applying the seeded faults it is given.</summary>
    public NotificationDispatcher(DeliveryPipeline pipeline, string ownerPrincipalId, IReadOnlySet<StoreFault>? faults = null, string accountId = "111111111111", string storeRegion = "us-east-1")
    {
        _pipeline = pipeline;
        _ownerPrincipalId = ownerPrincipalId;
        _faults = faults ?? new HashSet<StoreFault>();
        _accountId = accountId;
        _storeRegion = storeRegion;
    }

    /// <summary>Matches the draft against the bucket's configuration and queues one message per match; call under the bucket lock.</summary>
    public void Emit(Bucket bucket, S3EventDraft draft)
    {
        foreach (var rule in bucket.Notifications.Rules)
        {
            if (!EventMatcher.Matches(rule, draft.EventName, draft.Key, _faults))
            {
                continue;
            }

            var body = EventRecordWriter.Write(draft, rule.Id, bucket.Name, bucket.Region, _ownerPrincipalId, _faults);
            var (kind, arn) = _faults.Contains(StoreFault.WrongDestination) && bucket.Notifications.Rules.FirstOrDefault(r => r.Arn != rule.Arn && r.Kind != DestinationKind.CloudFunction) is { } other
                ? (other.Kind, other.Arn)
                : (rule.Kind, rule.Arn);
            _pipeline.Enqueue(NewItem(kind, arn, body, draft.Identity.TraceHeader, isTest: false) with { EventName = draft.EventName, Key = draft.Key });
        }

        // EventBridge takes every event of the bucket, whatever the other configurations select ("Using EventBridge").
        var eventRegion = _faults.Contains(StoreFault.EventBridgeRegionOfStore) ? _storeRegion : bucket.Region;
        if (bucket.Notifications.EventBridgeEnabled && EventBridgeEventWriter.Write(draft, bucket.Name, eventRegion, _accountId) is { } eventBody)
        {
            _pipeline.Enqueue(NewItem(DestinationKind.EventBus, EventBusArn(bucket.Region), eventBody, null, isTest: false) with { EventName = draft.EventName, Key = draft.Key });
        }
    }

    /// <summary>The account's default event bus in a region.</summary>
    public string EventBusArn(string region) => $"arn:aws:events:{region}:{_accountId}:event-bus/default";

    /// <summary>Sends one s3:TestEvent per distinct SQS/SNS destination ARN ("PutBucketNotificationConfiguration": a test notification per destination; per-ARN dedup is inferred).</summary>
    public void SendTestEvents(Bucket bucket, NotificationConfiguration configuration, RequestIdentity identity)
    {
        if (_faults.Contains(StoreFault.TestEventMissing))
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var body = TestEventWriter.Write(bucket.Name, identity.RequestId, identity.HostId, DateTimeOffset.UtcNow);
        foreach (var rule in configuration.Rules)
        {
            if (rule.Kind != DestinationKind.CloudFunction && seen.Add(rule.Arn))
            {
                _pipeline.Enqueue(NewItem(rule.Kind, rule.Arn, body, traceHeader: null, isTest: true));
            }
        }
    }

    private static DeliveryItem NewItem(DestinationKind kind, string arn, string body, string? traceHeader, bool isTest) =>
        new(kind, arn, body, kind == DestinationKind.Queue ? traceHeader : null, isTest, Stopwatch.GetTimestamp(), Identifiers.NewUuid(), DateTimeOffset.UtcNow);
}
