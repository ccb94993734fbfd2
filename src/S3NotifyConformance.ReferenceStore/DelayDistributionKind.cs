namespace S3NotifyConformance.ReferenceStore;

/// <summary>The shape of a delivery delay distribution.</summary>
public enum DelayDistributionKind
{
    /// <summary>No delay.</summary>
    None,

    /// <summary>Every event waits the same time.</summary>
    Fixed,

    /// <summary>Uniform between a minimum and a maximum.</summary>
    Uniform,

    /// <summary>Normal with a mean and a standard deviation, clamped at zero.</summary>
    Normal,

    /// <summary>Exponential with a mean.</summary>
    Exponential,
}
