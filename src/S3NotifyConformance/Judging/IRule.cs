namespace S3NotifyConformance.Judging;

/// <summary>One check of Amazon S3 behaviour over a scenario's evidence.</summary>
public interface IRule
{
    /// <summary>The id findings carry, e.g. <c>record.shape</c>.</summary>
    string Id { get; }

    /// <summary>The ways the evidence differs from AWS; empty when it conforms.</summary>
    IEnumerable<Finding> Judge(JudgingContext context);
}
