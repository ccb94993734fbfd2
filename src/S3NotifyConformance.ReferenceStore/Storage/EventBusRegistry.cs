using System.Collections.Immutable;
using System.Text.Json.Nodes;
using S3NotifyConformance.ReferenceStore.Events;

namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>The rules of the store's default event buses, by name.</summary>
internal sealed class EventBusRegistry
{
    private readonly ConcurrentDictionary<string, EventBusRule> _rules = new(StringComparer.Ordinal);

    /// <summary>Creates or replaces a rule's pattern and state, keeping its targets (PutRule).</summary>
    public EventBusRule Put(string name, string arn, JsonObject pattern, string patternText, string state) =>
        _rules.AddOrUpdate(name, _ => new EventBusRule(name, arn, pattern, patternText, state, ImmutableDictionary<string, string>.Empty),
            (_, old) => old with { Pattern = pattern, PatternText = patternText, State = state });

    /// <summary>The rule of that name, or null.</summary>
    public EventBusRule? Find(string name) => _rules.TryGetValue(name, out var rule) ? rule : null;

    /// <summary>Every rule, by name.</summary>
    public IReadOnlyList<EventBusRule> All => [.. _rules.Values.OrderBy(r => r.Name, StringComparer.Ordinal)];

    /// <summary>Replaces a rule (targets added or removed).</summary>
    public void Replace(EventBusRule rule) => _rules[rule.Name] = rule;

    /// <summary>Removes a rule; false when there is none.</summary>
    public bool Remove(string name) => _rules.TryRemove(name, out _);

    /// <summary>The target ARNs of every enabled rule whose pattern matches the event.</summary>
    public IEnumerable<string> TargetsFor(string eventJson)
    {
        var node = JsonNode.Parse(eventJson);
        return _rules.Values.Where(r => r.State == "ENABLED" && EventPattern.Matches(r.Pattern, node)).SelectMany(r => r.Targets.Values).ToList();
    }
}
