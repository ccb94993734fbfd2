using S3NotifyConformance.Collection;

namespace S3NotifyConformance.Judging;

/// <summary>Stamps the rule id on findings and renders raw events the same way for every rule.</summary>
public abstract class RuleBase : IRule
{
    /// <inheritdoc />
    public abstract string Id { get; }

    /// <inheritdoc />
    public abstract IEnumerable<Finding> Judge(JudgingContext context);

    /// <summary>A finding of this rule.</summary>
    protected Finding Fail(string subject, string expected, string actual, ObservedEvent? raw = null) =>
        new(Id, subject, expected, actual, raw is null ? null : Raw(raw));

    /// <summary>A finding of this rule on an aspect (what was judged, without run values) and, for a record field, its path.</summary>
    protected Finding Fail(string subject, string expected, string actual, ObservedEvent? raw, string aspect, string? field = null) =>
        Fail(subject, expected, actual, raw) with { Aspect = aspect, Field = field };

    /// <summary>The record (or the body, when it has no record) as compact JSON.</summary>
    protected static string Raw(ObservedEvent e) => e.Record?.ToJsonString() ?? e.TestEvent?.ToJsonString() ?? e.RawBody;

    /// <summary>A JSON value as text for findings; "(absent)" for a missing field.</summary>
    protected static string Show(JsonNode? node) => node is null ? "(absent)" : node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node.ToJsonString();
}
