namespace S3NotifyConformance.ReferenceStore.Faults;

/// <summary>The destination disruption in force now, if any: set by the harness (or a test), read by the delivery loop.</summary>
internal sealed class DisruptionSwitch
{
    private DestinationDisruption? _current;

    /// <summary>The disruption in force, or null.</summary>
    public DestinationDisruption? Current => Volatile.Read(ref _current);

    /// <summary>Puts <paramref name="disruption"/> in force (replacing any other).</summary>
    public void Begin(DestinationDisruption disruption) => Volatile.Write(ref _current, disruption);

    /// <summary>Ends the disruption in force.</summary>
    public void End() => Volatile.Write(ref _current, null);
}
