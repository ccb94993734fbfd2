using System.Collections.Immutable;
using System.Text.Json.Nodes;
using S3NotifyConformance.ReferenceStore.Events;

namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>The rules of the store's default event buses, one bus per region, by name (EventBridge is regional: the same rule
/// name may exist in two regions, and a bucket's events reach only its own region's bus).</summary>
internal sealed class EventBusRegistry
{
    private readonly ConcurrentDictionary<(string Region, string Name), EventBusRule> _rules = new();

    /// <summary>Creates or replaces a rule's pattern and state, keeping its targets (PutRule).</summary>
    public EventBusRule Put(string region, string name, string arn, JsonObject pattern, string patternText, string state) =>
        _rules.AddOrUpdate((region, name), _ => new EventBusRule(name, arn, pattern, patternText, state, ImmutableDictionary<string, string>.Empty),
            (_, old) => old with { Pattern = pattern, PatternText = patternText, State = state });

    /// <summary>The rule of that name in the region, or null.</summary>
    public EventBusRule? Find(string region, string name) => _rules.TryGetValue((region, name), out var rule) ? rule : null;

    /// <summary>Every rule of the region, by name.</summary>
    public IReadOnlyList<EventBusRule> All(string region) =>
        [.. _rules.Where(r => r.Key.Region == region).Select(r => r.Value).OrderBy(r => r.Name, StringComparer.Ordinal)];

    /// <summary>Replaces a rule (targets added or removed).</summary>
    public void Replace(string region, EventBusRule rule) => _rules[(region, rule.Name)] = rule;

    /// <summary>Removes a rule; false when there is none.</summary>
    public bool Remove(string region, string name) => _rules.TryRemove((region, name), out _);

    /// <summary>The target ARNs of every enabled rule of the bus (<c>arn:aws:events:{region}:{account}:event-bus/default</c>)
    /// whose pattern matches the event.</summary>
    public IEnumerable<string> TargetsFor(string busArn, string eventJson)
    {
        var region = busArn.Split(':') is { Length: > 3 } parts ? parts[3] : string.Empty;
        var node = JsonNode.Parse(eventJson);
        return _rules.Where(r => r.Key.Region == region).Select(r => r.Value)
            .Where(r => r.State == "ENABLED" && EventPattern.Matches(r.Pattern, node)).SelectMany(r => r.Targets.Values).ToList();
    }
}
