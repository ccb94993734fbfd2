using S3NotifyConformance.Actions;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Judging;

/// <summary>Amazon S3's behaviour as a function: given the writes a scenario made and the configurations in force at each
/// moment, the events AWS sends — including those S3 raises later on its own (restore completion and expiry, lifecycle,
/// Intelligent-Tiering, replication failure, object loss). Each mapping cites the fact it rests on.</summary>
public static class NotificationOracle
{
    /// <summary>The expected events of a scenario, in write order.</summary>
    public static ImmutableArray<ExpectedEvent> Expect(Evidence evidence)
    {
        var expected = ImmutableArray.CreateBuilder<ExpectedEvent>();
        var inForce = NotificationSpec.Empty;
        var timeline = new BucketTimeline();
        foreach (var write in evidence.Writes.OrderBy(w => w.Sequence))
        {
            if (write.Notification is { } applied && write.Outcome.Succeeded)
            {
                inForce = applied;
                continue;
            }

            if (write.IsSentinel || !write.Outcome.Succeeded)
            {
                continue;
            }

            foreach (var (eventName, subject) in timeline.Apply(write, evidence.StepOf(write)))
            {
                foreach (var configuration in inForce.Configurations.Where(c => c.IsProvisioned && evidence.Destinations.ContainsKey(c.DestinationName)))
                {
                    if (configuration.Destination == DestinationKind.EventBridge)
                    {
                        // No selection and no filter: every event of the bucket that has a detail-type ("Using EventBridge").
                        if (EventBridgeDetailTypes.Of(eventName) is { } detailType)
                        {
                            expected.Add(new ExpectedEvent(subject, detailType, configuration) { S3EventName = eventName });
                        }

                        continue;
                    }

                    if (configuration.Events.Any(e => EventNames.Selects(e, eventName)) && KeyFilterMatcher.Matches(configuration, subject.Key!))
                    {
                        expected.Add(new ExpectedEvent(subject, eventName, configuration));
                    }
                }
            }
        }

        return expected.ToImmutable();
    }

    /// <summary>The event AWS sends at once for a successful write, or null when it sends none.</summary>
    public static string? EventNameOf(WriteRecord write) => write.Operation switch
    {
        "PutObject" => "ObjectCreated:Put",                                  // SQS::test_object_created_put
        "PostObject" => "ObjectCreated:Post",                                // LBD::test_create_object_by_presigned_request_via_dynamodb
        "CopyObject" => "ObjectCreated:Copy",                                // SQS::test_object_created_copy, keyed by destination
        "CompleteMultipartUpload" => "ObjectCreated:CompleteMultipartUpload", // SQS::test_object_created_complete_multipart_upload
        // From the request made and the bucket's versioning, never from the store's answer: on a versioning-enabled or
        // suspended bucket a delete without versionId inserts a delete marker (S3 User Guide, "Deleting object versions
        // from a versioning-enabled bucket" and "... suspended bucket"; SQS::test_object_created_put_versioned).
        "DeleteObject" or "DeleteObjects" => write.RequestedVersionId is null && write.Versioning != BucketVersioning.None
            ? "ObjectRemoved:DeleteMarkerCreated"
            : "ObjectRemoved:Delete",                                        // incl. DeleteObjects of missing keys
        "PutObjectTagging" => "ObjectTagging:Put",                           // SQS::test_object_tagging_put_event
        "DeleteObjectTagging" => "ObjectTagging:Delete",                     // SQS::test_object_tagging_delete_event
        "PutObjectAcl" => write.NoChange ? null : "ObjectAcl:Put",           // SQS::test_object_put_acl: no event when the ACL does not change
        _ => null,
    };

    /// <summary>Why AWS would not send <paramref name="eventName"/> for a key under the configuration in force, or null when it would.</summary>
    public static string? ExplainAbsence(NotificationSpec inForce, string destinationName, string eventName, string key)
    {
        var configurations = inForce.Configurations.Where(c => c.DestinationName == destinationName).ToList();
        if (configurations.Count == 0)
        {
            return $"no configuration in force sends to {destinationName}";
        }

        if (configurations.Any(c => c.Destination == DestinationKind.EventBridge))
        {
            return EventBridgeDetailTypes.All.Contains(eventName) ? null : $"Amazon S3 sends EventBridge no detail-type '{eventName}'";
        }

        var selecting = configurations.Where(c => c.Events.Any(e => EventNames.Selects(e, eventName))).ToList();
        if (selecting.Count == 0)
        {
            return $"no configuration for {destinationName} selects {eventName} (events: {string.Join(", ", configurations.SelectMany(c => c.Events))})";
        }

        return selecting.Select(c => KeyFilterMatcher.Explain(c, key)).FirstOrDefault(e => e is not null);
    }

    /// <summary>What the bucket holds as the writes happen: enough to know what S3 will later act on.</summary>
    private sealed class BucketTimeline
    {
        private static readonly HashSet<string> Creations = ["PutObject", "PostObject", "CopyObject", "CompleteMultipartUpload"];
        private readonly Dictionary<string, (WriteRecord Write, string StorageClass)> _live = new(StringComparer.Ordinal);
        private bool _replicating;
        private bool _replicaGone;

        public IEnumerable<(string EventName, WriteRecord Subject)> Apply(WriteRecord write, ScenarioStep? step)
        {
            var events = new List<(string, WriteRecord)>();
            if (write.Key is not null && EventNameOf(write) is { } immediate)
            {
                events.Add((immediate, write));
            }

            if (Creations.Contains(write.Operation) && write.Key is not null)
            {
                _live[write.Key] = (write, (step as PutObjectStep)?.StorageClass ?? "STANDARD");
                if (_replicating && _replicaGone)
                {
                    // Replication metrics on, destination bucket gone: the new version fails to replicate (failure reason
                    // DstBucketNotFound, replication failure reasons in the S3 documentation).
                    events.Add(("Replication:OperationFailedReplication", write));
                }
            }
            else if (write.Operation is "DeleteObject" or "DeleteObjects" && write.Key is not null && (write.RequestedVersionId is null || write.VersionId == _live.GetValueOrDefault(write.Key).Write?.VersionId))
            {
                _live.Remove(write.Key);
            }

            switch (step)
            {
                case RestoreObjectStep when write.Key is not null:
                    // Post at once [A] SQS::test_restore_object; Completed when the copy is ready [A]; Delete when it expires [D].
                    events.Add(("ObjectRestore:Post", write));
                    events.Add(("ObjectRestore:Completed", write));
                    events.Add(("ObjectRestore:Delete", write));
                    break;
                case PutLifecycleStep lifecycle:
                    events.AddRange(Lifecycle(lifecycle, write.Versioning));
                    break;
                case PutIntelligentTieringStep:
                    // Objects of class INTELLIGENT_TIERING not accessed for the configured days move tier [D].
                    events.AddRange(_live.Values.Where(o => o.StorageClass == "INTELLIGENT_TIERING").Select(o => ("IntelligentTiering", o.Write)));
                    break;
                case PutReplicationStep:
                    _replicating = true;
                    break;
                case DeleteReplicaBucketStep:
                    _replicaGone = true;
                    break;
                case LoseObjectStep when write.Key is not null && _live.TryGetValue(write.Key, out var lost) && lost.StorageClass == "REDUCED_REDUNDANCY":
                    events.Add(("ReducedRedundancyLostObject", lost.Write));
                    break;
            }

            return events;
        }

        private IEnumerable<(string, WriteRecord)> Lifecycle(PutLifecycleStep lifecycle, BucketVersioning versioning)
        {
            // Lifecycle acts on current objects under the rule's prefix [D]: expiration deletes them (a delete marker when
            // the bucket is versioned), a transition to a colder class announces LifecycleTransition.
            var selected = _live.Values.Where(o => o.Write.Key!.StartsWith(lifecycle.Prefix, StringComparison.Ordinal)).ToList();
            foreach (var (write, storageClass) in selected)
            {
                if (lifecycle.TransitionDays is not null && storageClass == "STANDARD")
                {
                    yield return ("LifecycleTransition", write);
                }

                if (lifecycle.ExpirationDays is not null)
                {
                    yield return (versioning == BucketVersioning.None ? "LifecycleExpiration:Delete" : "LifecycleExpiration:DeleteMarkerCreated", write);
                }
            }
        }
    }
}
