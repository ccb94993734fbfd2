using S3NotifyConformance.Actions;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Judging;

/// <summary>Amazon S3's behaviour as a function: given the writes a scenario made and the configurations in force at each
/// moment, the events AWS sends. Each mapping cites the recorded fact it rests on.</summary>
public static class NotificationOracle
{
    /// <summary>The expected events of a scenario, in write order.</summary>
    public static ImmutableArray<ExpectedEvent> Expect(Evidence evidence)
    {
        var expected = ImmutableArray.CreateBuilder<ExpectedEvent>();
        var inForce = NotificationSpec.Empty;
        foreach (var write in evidence.Writes.OrderBy(w => w.Sequence))
        {
            if (write.Notification is { } applied && write.Outcome.Succeeded)
            {
                inForce = applied;
                continue;
            }

            if (write.IsSentinel || write.Key is null || !write.Outcome.Succeeded)
            {
                continue;
            }

            var eventName = EventNameOf(write);
            if (eventName is null)
            {
                continue;
            }

            foreach (var configuration in inForce.Configurations.Where(c => c.IsProvisioned && evidence.Destinations.ContainsKey(c.DestinationName)))
            {
                if (configuration.Events.Any(e => EventNames.Selects(e, eventName)) && KeyFilterMatcher.Matches(configuration, write.Key))
                {
                    expected.Add(new ExpectedEvent(write, eventName, configuration));
                }
            }
        }

        return expected.ToImmutable();
    }

    /// <summary>The event AWS sends for a successful write, or null when it sends none.</summary>
    public static string? EventNameOf(WriteRecord write) => write.Operation switch
    {
        "PutObject" => "ObjectCreated:Put",                                  // facts §3, SQS::test_object_created_put
        "PostObject" => "ObjectCreated:Post",                                // facts §3, LBD presigned POST
        "CopyObject" => "ObjectCreated:Copy",                                // facts §3, keyed by destination
        "CompleteMultipartUpload" => "ObjectCreated:CompleteMultipartUpload", // facts §3
        "DeleteObject" or "DeleteObjects" => write.DeleteMarker && write.RequestedVersionId is null
            ? "ObjectRemoved:DeleteMarkerCreated"                            // facts §6, versioned delete without versionId
            : "ObjectRemoved:Delete",                                        // facts §6, incl. DeleteObjects of missing keys
        "PutObjectTagging" => "ObjectTagging:Put",                           // facts §6
        "DeleteObjectTagging" => "ObjectTagging:Delete",                     // facts §6
        "PutObjectAcl" => write.NoChange ? null : "ObjectAcl:Put",           // facts §6: no event when the ACL does not change
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

        var selecting = configurations.Where(c => c.Events.Any(e => EventNames.Selects(e, eventName))).ToList();
        if (selecting.Count == 0)
        {
            return $"no configuration for {destinationName} selects {eventName} (events: {string.Join(", ", configurations.SelectMany(c => c.Events))})";
        }

        return selecting.Select(c => KeyFilterMatcher.Explain(c, key)).FirstOrDefault(e => e is not null);
    }
}
