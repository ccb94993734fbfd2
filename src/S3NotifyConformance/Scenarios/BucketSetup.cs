namespace S3NotifyConformance.Scenarios;

/// <summary>How a scenario's bucket starts: its versioning state.</summary>
public enum BucketVersioning
{
    /// <summary>Never versioned.</summary>
    None,

    /// <summary>Versioning enabled before the first step.</summary>
    Enabled,

    /// <summary>Versioning enabled, then suspended, before the first step.</summary>
    Suspended,
}
