using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Judging.Rules;

/// <summary>Events sent to a topic arrive in the standard SNS envelope (facts §1.2); events sent to a queue arrive bare (§1.1).</summary>
public sealed class SnsEnvelopeRule : RuleBase
{
    private static readonly string[] Present = ["MessageId", "Timestamp", "SignatureVersion", "Signature", "SigningCertURL", "UnsubscribeURL"];

    /// <inheritdoc />
    public override string Id => "envelope.sns";

    /// <inheritdoc />
    public override IEnumerable<Finding> Judge(JudgingContext context)
    {
        foreach (var e in context.Evidence.Events.Where(e => e.Problem is null && !Evidence.IsSentinel(e)))
        {
            if (!context.Evidence.Destinations.TryGetValue(e.DestinationName, out var destination) || destination.QueueUrl is null)
            {
                continue;
            }

            var subject = $"{e.EventName ?? "s3:TestEvent"} for key '{e.Key}' on {e.DestinationName}";
            if (destination.Kind == DestinationKind.Sqs && e.Envelope is not null)
            {
                yield return Fail(subject, "a bare {\"Records\":[…]} body (queue destination)", "an SNS envelope", e, "queue body bare");
            }

            if (destination.Kind != DestinationKind.Sns)
            {
                continue;
            }

            if (e.Envelope is null)
            {
                yield return Fail(subject, "an SNS Notification envelope (topic destination)", "a bare body", e, "topic envelope present");
                continue;
            }

            var checks = new (string Field, string Want)[] { ("Type", "Notification"), ("TopicArn", destination.Arn), ("Subject", "Amazon S3 Notification"), ("SignatureVersion", "1") };
            foreach (var (field, want) in checks)
            {
                if (Show(e.Envelope[field]) != want)
                {
                    yield return Fail($"{subject} envelope {field}", want, Show(e.Envelope[field]), e, $"envelope {field}") with { ExpectedClass = field == "TopicArn" ? "the topic's ARN" : null };
                }
            }

            foreach (var field in Present.Where(f => e.Envelope[f] is null))
            {
                yield return Fail($"{subject} envelope {field}", "present", "(absent)", e, $"envelope {field}");
            }
        }
    }
}
