namespace S3NotifyConformance.ReferenceStore;

/// <summary>The builder's capability fault knob.</summary>
public sealed partial class ReferenceStoreBuilder
{
    /// <summary>Makes the store mishandle capabilities while answering 200 (for testing the capability probe).</summary>
    public ReferenceStoreBuilder WithCapabilityFaults(CapabilityFaults faults) => new(_configuration with { CapabilityFaults = faults });
}
