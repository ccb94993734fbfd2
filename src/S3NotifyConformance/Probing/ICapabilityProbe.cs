using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Probing;

/// <summary>Checks what a store does with one capability, with calls an AWS SDK sends and independent reads.</summary>
public interface ICapabilityProbe
{
    /// <summary>The capability probed.</summary>
    Capability Capability { get; }

    /// <summary>What is checked, without run-dependent values (the finding's aspect), e.g. "PutObjectTagging keeps the object's bytes".</summary>
    string Aspect { get; }

    /// <summary>Runs the probe; store answers of any kind are verdicts, never exceptions (cancellation excepted).</summary>
    Task<ProbeVerdict> ProbeAsync(ProbeContext context, CancellationToken cancellationToken);
}
