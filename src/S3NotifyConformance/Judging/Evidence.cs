using S3NotifyConformance.Actions;
using S3NotifyConformance.Collection;
using S3NotifyConformance.Provisioning;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Judging;

/// <summary>Everything judging reads about one scenario run: what was asked, what was written, what arrived.</summary>
/// <param name="Delivery">The target's delivery allowances; null: <see cref="DeliveryPolicy.Default"/>.</param>
/// <param name="SentinelKeys">The sentinel key planned per destination, so a sentinel that never arrived is a finding.</param>
public sealed record Evidence(
    Scenario Scenario,
    string Bucket,
    string Region,
    string? AccountId,
    ImmutableArray<WriteRecord> Writes,
    ImmutableArray<ObservedEvent> Events,
    ImmutableDictionary<string, ProvisionedDestination> Destinations,
    ImmutableArray<string> CollectorProblems,
    EventVersionPolicy EventVersions,
    DeliveryPolicy? Delivery = null,
    ImmutableDictionary<string, string>? SentinelKeys = null)
{
    /// <summary>The target's delivery allowances (clock skew, duplication); the defaults when none was given.</summary>
    public DeliveryPolicy Policy => Delivery ?? DeliveryPolicy.Default;

    /// <summary>The sentinel key each destination had to deliver (destination name → key); empty when none was planned.</summary>
    public ImmutableDictionary<string, string> Sentinels => SentinelKeys ?? ImmutableDictionary<string, string>.Empty;

    /// <summary>Writes other than sentinels.</summary>
    public IEnumerable<WriteRecord> ScenarioWrites => Writes.Where(w => !w.IsSentinel);

    /// <summary>Records that are not sentinel events (test events and unreadable messages excluded too).</summary>
    public IEnumerable<ObservedEvent> ScenarioRecords => Events.Where(e => e.Record is not null && !IsSentinel(e));

    /// <summary>True for an event caused by a sentinel write.</summary>
    public static bool IsSentinel(ObservedEvent e) => e.Key?.Contains(SentinelPlanner.Marker, StringComparison.Ordinal) == true;

    /// <summary>The step that produced a write (step 0 is the scenario's initial configuration).</summary>
    public ScenarioStep? StepOf(WriteRecord write) => write.StepIndex >= 1 && write.StepIndex <= Scenario.Steps.Length ? Scenario.Steps[write.StepIndex - 1] : null;
}
