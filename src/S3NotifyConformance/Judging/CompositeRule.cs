using S3NotifyConformance.Judging.Rules;

namespace S3NotifyConformance.Judging;

/// <summary>Runs a set of rules as one.</summary>
public sealed class CompositeRule(IEnumerable<IRule> rules) : IRule
{
    private readonly ImmutableArray<IRule> _rules = [.. rules];

    /// <summary>Every rule of the harness: AWS's behaviour, and the harness's duplication policy (<see cref="NoDuplicateEventRule"/>).</summary>
    public static CompositeRule Default { get; } = new(
    [
        new ApiOutcomeRule(),
        new ApiAnswerRule(),
        new EveryExpectedEventArrivedRule(),
        new SentinelArrivedRule(),
        new FinalStateNotifiedRule(),
        new NoUnexpectedEventRule(),
        new NoDuplicateEventRule(),
        new EventNameRule(),
        new RecordShapeRule(),
        new KeyEncodingRule(),
        new EventVersionRule(),
        new SequencerOrderRule(),
        new RequestIdRule(),
        new SnsEnvelopeRule(),
        new TestEventRule(),
        new CollectionProblemRule(),
        new RecordExtensionRule(),
        new EventBridgeEventRule(),
    ]);

    /// <inheritdoc />
    public string Id => "composite";

    /// <summary>The rules, in order.</summary>
    public ImmutableArray<IRule> Rules => _rules;

    /// <inheritdoc />
    public IEnumerable<Finding> Judge(JudgingContext context) => _rules.SelectMany(r => r.Judge(context));
}
