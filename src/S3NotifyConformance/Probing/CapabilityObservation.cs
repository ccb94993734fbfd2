namespace S3NotifyConformance.Probing;

/// <summary>One row of the capability table: a capability, whether the target declares it, and what the probe observed.</summary>
/// <param name="Capability">The capability's file spelling, e.g. <c>tagging</c>.</param>
/// <param name="Declared">True when the target file declares the capability.</param>
/// <param name="Observed">What the store did.</param>
/// <param name="Detail">One line saying what was called and what the independent reads showed.</param>
public sealed record CapabilityObservation(string Capability, bool Declared, ObservedCapability Observed, string Detail)
{
    /// <summary>The row on one line: <c>tagging (not declared): damages data — …</c>.</summary>
    public string Describe() => $"{Capability} ({(Declared ? "declared" : "not declared")}): {Observed.ToText()} — {Detail}";
}
