namespace S3NotifyConformance.ReferenceStore;

/// <summary>The capability fault knobs of a store's settings (see <see cref="CapabilityFaults"/>).</summary>
public sealed partial record ReferenceStoreConfiguration
{
    /// <summary>Capability faults; <see cref="CapabilityFaults.None"/> unless a test sets them.</summary>
    public CapabilityFaults CapabilityFaults { get; init; } = CapabilityFaults.None;
}
