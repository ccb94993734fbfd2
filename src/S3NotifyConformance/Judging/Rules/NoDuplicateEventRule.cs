using System.Globalization;

namespace S3NotifyConformance.Judging.Rules;

/// <summary>A policy of the harness, not an AWS rule: AWS documents at-least-once delivery, so a record that arrives twice
/// (same key, version or eTag, event name and sequencer) is legal on AWS too. Duplicates are always counted; they become a
/// finding only when their share of the scenario's delivered records exceeds the target's duplication allowance (target
/// file <c>duplicationAllowance</c>, 0 by default).</summary>
public sealed class NoDuplicateEventRule : RuleBase
{
    /// <inheritdoc />
    public override string Id => "policy.duplicates";

    /// <inheritdoc />
    public override IEnumerable<Finding> Judge(JudgingContext context)
    {
        var duplicates = context.Pairing.Duplicates;
        var delivered = context.Evidence.ScenarioRecords.Count();
        var allowance = context.Evidence.Policy.DuplicationAllowance;
        if (duplicates.IsEmpty || delivered == 0 || (double)duplicates.Length / delivered <= allowance)
        {
            return [];
        }

        var policy = $"harness policy, not an AWS rule: at most {allowance.ToString("0.###%", CultureInfo.InvariantCulture)} of delivered records duplicated (duplicationAllowance; AWS promises at-least-once)";
        return duplicates.Select(d => Fail($"{d.EventName} for key '{d.Key}' on {d.DestinationName}", $"delivered once ({policy})", "delivered again", d,
            "duplicate delivery above the allowance") with { ExpectedClass = "delivered once", ActualClass = "delivered again" });
    }
}
