namespace S3NotifyConformance.ReferenceStore.Faults;

/// <summary>How a disrupted destination behaves towards the store.</summary>
public enum DisruptionKind
{
    /// <summary>Refuses every delivery (down, or answering an error status): the store retries or drops per its <see cref="OutagePolicy"/>.</summary>
    Down,

    /// <summary>Accepts every delivery, each after a delay.</summary>
    Slow,
}
