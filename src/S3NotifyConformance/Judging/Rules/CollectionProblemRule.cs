using S3NotifyConformance.Collection;
using S3NotifyConformance.Judging;

namespace S3NotifyConformance.Judging.Rules;

/// <summary>Every delivered message is readable as notification records, and collection itself had no trouble. An unreadable
/// body (not UTF-8, not JSON, a name twice, an escaped lone surrogate, nested too deep, a record field of the wrong type) is
/// shown by what was wrong and a short escaped excerpt, never the whole body, which may be megabytes of anything.</summary>
public sealed class CollectionProblemRule : RuleBase
{
    /// <inheritdoc />
    public override string Id => "delivery.readable";

    /// <inheritdoc />
    public override IEnumerable<Finding> Judge(JudgingContext context)
    {
        foreach (var e in context.Evidence.Events.Where(e => e.Problem is not null))
        {
            yield return new Finding(Id, $"message {e.MessageId} on {e.DestinationName}", "a JSON body with a Records array of event records (UTF-8, each name once)",
                e.Problem!, BodyExcerpt.Of(e.RawBody)) { Aspect = "message body", ActualClass = ProblemClass(e.Problem!) };
        }

        foreach (var problem in context.Evidence.CollectorProblems)
        {
            yield return Fail("collection", "no collection errors", problem) with { Aspect = "collection" };
        }
    }

    /// <summary>The kind of problem for the fingerprint: its text up to the first colon, digits dropped (offsets, lengths).</summary>
    private static string ProblemClass(string problem) =>
        new string(problem.Split(':')[0].Where(c => !char.IsAsciiDigit(c)).ToArray()).Trim();
}
