using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Judging.Rules;

/// <summary>Events sent to a topic arrive in the standard SNS envelope (SNS::test_object_created_put); events sent to a queue arrive bare (SQS::test_xray_header),
/// and so does the event a Lambda function is invoked with (LBD::test_create_object_put_via_dynamodb: the record the function stored).</summary>
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
            // A push store's bare bodies are its own; a Lambda function is invoked with the bare event however it is collected.
            if (!context.Evidence.Destinations.TryGetValue(e.DestinationName, out var destination) || (destination.QueueUrl is null && destination.Kind != DestinationKind.Lambda))
            {
                continue;
            }

            var subject = $"{e.EventName ?? "s3:TestEvent"} for key '{e.Key}' on {e.DestinationName}";
            if (destination.Kind == DestinationKind.Sqs && e.Envelope is not null)
            {
                yield return Fail(subject, "a bare {\"Records\":[…]} body (queue destination)", "an SNS envelope", e) with { Aspect = "queue message body" };
            }

            if (destination.Kind == DestinationKind.Lambda && e.Envelope is not null)
            {
                yield return Fail(subject, "a bare {\"Records\":[…]} event (Lambda invocation payload)", "an SNS envelope", e) with { Aspect = "Lambda event payload" };
            }

            if (destination.Kind != DestinationKind.Sns)
            {
                continue;
            }

            if (e.Envelope is null)
            {
                yield return Fail(subject, "an SNS Notification envelope (topic destination)", "a bare body", e) with { Aspect = "topic message envelope" };
                continue;
            }

            var checks = new (string Field, string Want)[] { ("Type", "Notification"), ("TopicArn", destination.Arn), ("Subject", "Amazon S3 Notification") };
            foreach (var (field, want) in checks)
            {
                if (Show(e.Envelope[field]) != want)
                {
                    yield return Fail($"{subject} envelope {field}", want, Show(e.Envelope[field]), e) with
                    {
                        Aspect = $"envelope {field}",
                        ExpectedClass = field == "TopicArn" ? "the topic's ARN" : null,
                        ActualClass = field == "TopicArn" ? RecordShapeRule.ValueClass(e.Envelope[field]) : null,
                    };
                }
            }

            foreach (var field in Present.Where(f => e.Envelope[f] is null))
            {
                yield return Fail($"{subject} envelope {field}", "present", "(absent)", e) with { Aspect = $"envelope {field}" };
            }
        }
    }
}
