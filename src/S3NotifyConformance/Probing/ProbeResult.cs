using S3NotifyConformance.Judging;

namespace S3NotifyConformance.Probing;

/// <summary>What the capability probe observed at the start of a run, and the findings it raised (rule
/// <see cref="CapabilityProbe.Rule"/>); any finding fails the run.</summary>
/// <param name="Capabilities">One row per capability, in the order of <c>Scenarios.Capability</c>.</param>
/// <param name="Findings">A store that accepts a call and then ignores it or damages data, or a declared capability observed absent.</param>
/// <param name="Bucket">The run-scoped bucket the probe used (removed afterwards).</param>
/// <param name="DurationMs">Wall time of the probe, teardown included.</param>
public sealed record ProbeResult(ImmutableArray<CapabilityObservation> Capabilities, ImmutableArray<Finding> Findings, string Bucket, double DurationMs)
{
    /// <summary>True when the probe raised no finding.</summary>
    public bool Passed => Findings.IsEmpty;
}
