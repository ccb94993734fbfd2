using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Actions;

/// <summary>Steps that end a scenario with one known event per destination, and the key that event will carry.</summary>
/// <param name="Steps">Steps to run after the scenario's own.</param>
/// <param name="KeysByDestination">The sentinel key each destination must deliver before collection may stop.</param>
public sealed record SentinelPlan(ImmutableArray<ScenarioStep> Steps, ImmutableDictionary<string, string> KeysByDestination);
