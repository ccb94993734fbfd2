using System.Collections.Immutable;
using System.Text.Json.Nodes;
using S3NotifyConformance.ReferenceStore.Hosting;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.Events;

/// <summary>The rule and target operations of the default bus (EventBridge API Reference: PutRule, PutTargets, …).</summary>
internal static class RuleHandlers
{
    /// <summary>PutRule: creates or updates a rule with an event pattern; answers its ARN.</summary>
    public static JsonObject PutRule(JsonObject body, RegionalBus bus)
    {
        var name = Required(body, "Name");
        DefaultBusOnly(body);
        var text = Text(body["EventPattern"]) ?? throw EventsException.Validation("Parameter EventPattern is not valid: this store routes pattern rules only (no ScheduleExpression).");
        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            throw new EventsException("InvalidEventPatternException", "Event pattern is not valid. Reason: not JSON");
        }

        if (EventPattern.Validate(parsed) is { } problem)
        {
            throw new EventsException("InvalidEventPatternException", problem);
        }

        var arn = $"arn:aws:events:{bus.Region}:{bus.Services.AccountId}:rule/{name}";
        bus.Services.EventBus.Put(bus.Region, name, arn, (JsonObject)parsed!, text, Text(body["State"]) ?? "ENABLED");
        return new JsonObject { ["RuleArn"] = arn };
    }

    /// <summary>DescribeRule.</summary>
    public static JsonObject DescribeRule(JsonObject body, RegionalBus bus) => Describe(Find(body, "Name", bus));

    /// <summary>ListRules with an optional NamePrefix (one page: the store holds few rules).</summary>
    public static JsonObject ListRules(JsonObject body, RegionalBus bus)
    {
        var prefix = Text(body["NamePrefix"]) ?? string.Empty;
        return new JsonObject { ["Rules"] = new JsonArray([.. bus.Services.EventBus.All(bus.Region).Where(r => r.Name.StartsWith(prefix, StringComparison.Ordinal)).Select(Describe)]) };
    }

    /// <summary>DeleteRule: refused while the rule has targets, as EventBridge does.</summary>
    public static JsonObject DeleteRule(JsonObject body, RegionalBus bus)
    {
        var name = Required(body, "Name");
        if (bus.Services.EventBus.Find(bus.Region, name) is { Targets.Count: > 0 })
        {
            throw EventsException.Validation("Rule can't be deleted since it has targets.");
        }

        bus.Services.EventBus.Remove(bus.Region, name);
        return [];
    }

    /// <summary>PutTargets: adds or replaces targets by Id.</summary>
    public static JsonObject PutTargets(JsonObject body, RegionalBus bus)
    {
        var rule = Find(body, "Rule", bus);
        var targets = body["Targets"] as JsonArray ?? throw EventsException.Validation("Targets is required.");
        var updated = rule.Targets;
        foreach (var target in targets)
        {
            updated = updated.SetItem(Required(target as JsonObject ?? [], "Id"), Required(target as JsonObject ?? [], "Arn"));
        }

        bus.Services.EventBus.Replace(bus.Region, rule with { Targets = updated });
        return new JsonObject { ["FailedEntryCount"] = 0, ["FailedEntries"] = new JsonArray() };
    }

    /// <summary>ListTargetsByRule.</summary>
    public static JsonObject ListTargetsByRule(JsonObject body, RegionalBus bus) => new()
    {
        ["Targets"] = new JsonArray([.. Find(body, "Rule", bus).Targets.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (JsonNode)new JsonObject { ["Id"] = t.Key, ["Arn"] = t.Value })]),
    };

    /// <summary>RemoveTargets by Id.</summary>
    public static JsonObject RemoveTargets(JsonObject body, RegionalBus bus)
    {
        var rule = Find(body, "Rule", bus);
        var ids = (body["Ids"] as JsonArray ?? throw EventsException.Validation("Ids is required.")).Select(Text).OfType<string>();
        bus.Services.EventBus.Replace(bus.Region, rule with { Targets = rule.Targets.RemoveRange(ids) });
        return new JsonObject { ["FailedEntryCount"] = 0, ["FailedEntries"] = new JsonArray() };
    }

    private static JsonObject Describe(EventBusRule rule) => new()
    {
        ["Name"] = rule.Name,
        ["Arn"] = rule.Arn,
        ["EventPattern"] = rule.PatternText,
        ["State"] = rule.State,
        ["EventBusName"] = "default",
    };

    private static EventBusRule Find(JsonObject body, string member, RegionalBus bus)
    {
        DefaultBusOnly(body);
        var name = Required(body, member);
        return bus.Services.EventBus.Find(bus.Region, name) ?? throw EventsException.RuleNotFound(name);
    }

    private static void DefaultBusOnly(JsonObject body)
    {
        if (Text(body["EventBusName"]) is { } bus && bus != "default" && !bus.EndsWith(":event-bus/default", StringComparison.Ordinal))
        {
            throw new EventsException("ResourceNotFoundException", $"Event bus {bus} does not exist.");
        }
    }

    private static string Required(JsonObject body, string member) =>
        Text(body[member]) is { Length: > 0 } value ? value : throw EventsException.Validation($"1 validation error detected: Value null at '{char.ToLowerInvariant(member[0])}{member[1..]}' failed to satisfy constraint: Member must not be null");

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
