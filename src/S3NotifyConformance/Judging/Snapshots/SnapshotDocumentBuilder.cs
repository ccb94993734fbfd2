using S3NotifyConformance.Actions;
using S3NotifyConformance.Collection;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Judging.Snapshots;

/// <summary>Builds what a scenario's snapshot holds: each call and its outcome, each configuration read back, the test
/// events (where judged) and the records in write order, then scrubs run-dependent values. What the delivery path decides
/// is left out, so that a destination a target substitutes (a push topic for a queue) or a path that cannot carry an SNS
/// envelope (a webhook) looks the same as AWS's: each event names the destination kind the scenario configured, not the
/// channel it came through, and the SNS envelope is judged by its rule (<c>envelope.sns</c>), not by the snapshot.</summary>
public static class SnapshotDocumentBuilder
{
    /// <summary>The scrubbed snapshot document of a judged scenario.</summary>
    public static JsonObject Build(JudgingContext context)
    {
        var evidence = context.Evidence;
        var document = new JsonObject
        {
            ["scenario"] = evidence.Scenario.Id,
            ["source"] = evidence.Scenario.Source.ToString(),
            ["calls"] = new JsonArray([.. evidence.ScenarioWrites.OrderBy(w => w.Sequence).Select(Call)]),
        };
        if (evidence.Scenario.Expect.TestEvents)
        {
            document["testEvents"] = new JsonArray([.. evidence.Events.Where(e => e.TestEvent is not null)
                .OrderBy(e => e.DestinationName, StringComparer.Ordinal).Select(e => Delivered(evidence, e, e.TestEvent!))]);
        }

        var position = context.Expected.Select((e, i) => (e, i)).ToDictionary(p => p.e, p => p.i, ReferenceEqualityComparer.Instance);
        // Duplicates are judged by the duplication policy (policy.duplicates), not restated by the snapshot.
        var ordered = context.Pairing.Matched.Concat(context.Pairing.Renamed).OrderBy(m => position[m.Expected]).Select(m => m.Observed)
            .Concat(context.Pairing.Unexpected.OrderBy(e => e.Sequence));
        document["events"] = new JsonArray([.. ordered.Select(e => Delivered(evidence, e, e.Record!))]);
        var literals = evidence.Destinations.Values.Select(d => (d.Arn, $"{{{d.Kind.ToString().ToLowerInvariant()}-arn:{d.Name}}}"))
            .Concat(evidence.Scenario.AllConfigurations.Where(c => c.Arn is not null)
                .Select(c => (ArnTemplate.Resolve(c.Arn!, evidence.Region, evidence.AccountId), c.Arn!)));
        var declaredIds = evidence.Scenario.AllConfigurations.Select(c => c.Id).OfType<string>().ToHashSet();
        return (JsonObject)Scrubber.ForScenario(evidence.Bucket, literals, declaredIds).Scrub(document)!;
    }

    private static JsonNode Call(WriteRecord write)
    {
        var call = new JsonObject { ["step"] = write.StepIndex, ["operation"] = write.Operation };
        if (write.Key is not null)
        {
            call["key"] = write.Key;
        }

        if (write.Outcome.Succeeded)
        {
            call["outcome"] = "success";
        }
        else
        {
            var error = new JsonObject { ["status"] = write.Outcome.HttpStatus, ["code"] = write.Outcome.Code, ["message"] = write.Outcome.Message };
            foreach (var (name, value) in write.Outcome.Arguments)
            {
                error[name] = value;
            }

            call["outcome"] = error;
        }

        if (write.Answer is not null)
        {
            call["answer"] = write.Answer.DeepClone();
        }

        return call;
    }

    private static JsonObject Delivered(Evidence evidence, ObservedEvent e, JsonObject body)
    {
        var kind = evidence.Destinations.TryGetValue(e.DestinationName, out var destination) ? destination.Kind.ToString().ToLowerInvariant() : e.Channel;
        var delivered = new JsonObject { ["destination"] = e.DestinationName, ["via"] = kind };
        delivered[e.TestEvent is not null ? "testEvent" : "record"] = body.DeepClone();
        return delivered;
    }
}
