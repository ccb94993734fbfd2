using S3NotifyConformance.Probing;

namespace S3NotifyConformance.Reports.Certificates;

/// <summary>Capabilities the target declared, and those the run's capability probe saw working (null when the run had no
/// probe). A capability declared but not observed, or observed but not declared, is also a probe finding in the run.</summary>
public sealed record CertifiedCapabilities(ImmutableArray<string> Declared, ImmutableArray<string>? Observed)
{
    /// <summary>The declared capabilities and the probe's working ones, each sorted.</summary>
    public static CertifiedCapabilities Of(IEnumerable<string> declared, ProbeResult? probe) => new(
        [.. declared.Order(StringComparer.Ordinal)],
        probe is null ? null : [.. probe.Capabilities.Where(c => c.Observed == ObservedCapability.Works).Select(c => c.Capability).Order(StringComparer.Ordinal)]);
}
