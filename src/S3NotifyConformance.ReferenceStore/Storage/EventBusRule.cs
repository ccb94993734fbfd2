using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>An EventBridge rule on the default bus: its pattern and its targets (target id → ARN).</summary>
internal sealed record EventBusRule(string Name, string Arn, JsonObject Pattern, string PatternText, string State, ImmutableDictionary<string, string> Targets);
