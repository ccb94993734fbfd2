using S3NotifyConformance.Probing;

namespace S3NotifyConformance.Running;

/// <summary>A finished <c>s3notify probe</c>: the target, what the probe observed, and what could not be cleaned up.</summary>
/// <param name="Probe">Null when the target cannot run on this machine (<paramref name="UnavailableReason"/> says why).</param>
public sealed record ProbeOutcome(string RunId, string Target, string Endpoint, ProbeResult? Probe, string? UnavailableReason, ImmutableArray<string> CleanupFailures)
{
    /// <summary>True unless the probe raised a finding.</summary>
    public bool Passed => Probe?.Passed != false;
}
