using System.Text.RegularExpressions;
using S3NotifyConformance.Actions;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Judging.Rules;

/// <summary>Where a scenario judges test events: after a validated configuration PUT, each SQS or SNS destination gets one
/// s3:TestEvent with Service, Event, Time and Bucket ("Event message structure", test message; no AWS recording exists); with
/// SkipDestinationValidation none is sent. Elsewhere test events are counted and set aside.</summary>
public sealed partial class TestEventRule : RuleBase
{
    /// <inheritdoc />
    public override string Id => "test-event";

    /// <summary>The provisioned destinations of every configuration a successful, validating PUT ?notification applied: each of
    /// them gets one s3:TestEvent, except a Lambda function, whose policy S3 checks instead of sending it one
    /// ("PutBucketNotificationConfiguration", truth facts).</summary>
    public static ImmutableHashSet<string> ValidatedDestinations(IEnumerable<WriteRecord> writes) =>
        [.. writes.Where(w => w.Notification is { SkipDestinationValidation: false } && w.Outcome.Succeeded)
            .SelectMany(w => w.Notification!.Configurations.Where(c => c.IsProvisioned && c.Destination is not (DestinationKind.Lambda or DestinationKind.EventBridge)).Select(c => c.DestinationName))];

    /// <inheritdoc />
    public override IEnumerable<Finding> Judge(JudgingContext context)
    {
        var evidence = context.Evidence;
        if (!evidence.Scenario.Expect.TestEvents)
        {
            yield break;
        }

        var validated = ValidatedDestinations(evidence.Writes);
        foreach (var destination in evidence.Destinations.Keys.Order(StringComparer.Ordinal))
        {
            var tests = evidence.Events.Where(e => e.TestEvent is not null && e.DestinationName == destination).ToList();
            var want = validated.Contains(destination) ? 1 : 0;
            if (tests.Count != want)
            {
                yield return Fail($"s3:TestEvent on {destination}", want == 1 ? "one test event" : evidence.Destinations[destination].Kind == DestinationKind.Lambda ? "no test event (S3 sends a Lambda function none)" : "no test event (destination validation skipped)", $"{tests.Count}", tests.FirstOrDefault()) with
                {
                    Aspect = "s3:TestEvent count",
                };
            }

            foreach (var test in tests)
            {
                var body = test.TestEvent!;
                foreach (var (field, want2) in new[] { ("Service", "Amazon S3"), ("Event", "s3:TestEvent"), ("Bucket", evidence.Bucket) })
                {
                    if (Show(body[field]) != want2)
                    {
                        yield return Fail($"s3:TestEvent on {destination} {field}", want2, Show(body[field]), test) with { Aspect = $"s3:TestEvent {field}" };
                    }
                }

                if (!(body["Time"] is JsonValue t && t.TryGetValue<string>(out var time) && TimePattern().IsMatch(time)))
                {
                    yield return Fail($"s3:TestEvent on {destination} Time", "ISO-8601 UTC timestamp", Show(body["Time"]), test) with
                    {
                        Aspect = "s3:TestEvent Time",
                        ActualClass = RecordShapeRule.ValueClass(body["Time"], isTime: true),
                    };
                }
            }
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")]
    private static partial Regex TimePattern();
}
