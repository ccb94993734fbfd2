using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Judging.Rules;

/// <summary><c>responseElements.x-amz-request-id</c> is the request id of the S3 call that caused the event, so a user can
/// trace one to the other (AWS documentation of the record; Ceph's suite checks the same).</summary>
public sealed class RequestIdRule : RuleBase
{
    /// <inheritdoc />
    public override string Id => "record.request-id";

    /// <inheritdoc />
    public override IEnumerable<Finding> Judge(JudgingContext context)
    {
        foreach (var (expected, observed) in context.Pairing.Matched.Where(m => m.Expected.Write.RequestId is not null && !m.Expected.IsEventBridge && !EventNames.IsInitiatedByS3(m.Expected.EventName)))
        {
            var actual = Show(observed.Record!["responseElements"]?["x-amz-request-id"]);
            if (actual != expected.Write.RequestId && actual != "(absent)")
            {
                yield return Fail($"{expected} responseElements.x-amz-request-id", expected.Write.RequestId!, actual, observed) with
                {
                    Aspect = "responseElements.x-amz-request-id",
                    Field = "responseElements.x-amz-request-id",
                    ExpectedClass = "the request id S3 answered the call with",
                    ActualClass = actual.Length == 0 ? "an empty string" : "another value",
                };
            }
        }
    }
}
