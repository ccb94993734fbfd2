using System.Collections.Immutable;

namespace S3NotifyConformance.ReferenceStore.Faults;

/// <summary>The destination disruptions in force now (several, when scenarios running side by side each disrupt their own
/// destinations): set by the harness (or a test), read by the delivery loop.</summary>
internal sealed class DisruptionSwitch
{
    private ImmutableList<DestinationDisruption> _current = [];

    /// <summary>The disruption covering the destination <paramref name="arn"/>, or null.</summary>
    public DestinationDisruption? For(string arn) => Volatile.Read(ref _current).Find(d => d.Covers(arn));

    /// <summary>Puts <paramref name="disruption"/> in force, beside any others.</summary>
    public void Begin(DestinationDisruption disruption) => ImmutableInterlocked.Update(ref _current, list => list.Add(disruption));

    /// <summary>Ends <paramref name="disruption"/>; null: ends every disruption.</summary>
    public void End(DestinationDisruption? disruption = null) =>
        ImmutableInterlocked.Update(ref _current, list => disruption is null ? [] : list.Remove(disruption));
}
