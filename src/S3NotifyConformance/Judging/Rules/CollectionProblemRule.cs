using S3NotifyConformance.Judging;

namespace S3NotifyConformance.Judging.Rules;

/// <summary>Every delivered message is readable as notification records, and collection itself had no trouble.</summary>
public sealed class CollectionProblemRule : RuleBase
{
    /// <inheritdoc />
    public override string Id => "delivery.readable";

    /// <inheritdoc />
    public override IEnumerable<Finding> Judge(JudgingContext context)
    {
        foreach (var e in context.Evidence.Events.Where(e => e.Problem is not null))
        {
            yield return Fail($"message {e.MessageId} on {e.DestinationName}", "a JSON body with a Records array", e.Problem!, e, "message readable as notification records");
        }

        foreach (var problem in context.Evidence.CollectorProblems)
        {
            yield return Fail("collection", "no collection errors", problem, null, "collection");
        }
    }
}
