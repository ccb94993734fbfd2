using S3NotifyConformance.Provisioning;

namespace S3NotifyConformance.Running;

/// <summary>What a sweep found and what of it it could not remove (each with the cause; empty when everything is gone).</summary>
public sealed record SweepOutcome(RunSelection Selection, ImmutableArray<ProvisionedResource> Found, ImmutableArray<string> Failures, bool DryRun)
{
    /// <summary>True when everything selected is gone (or, for a dry run, was listed).</summary>
    public bool Succeeded => Failures.IsEmpty;
}
