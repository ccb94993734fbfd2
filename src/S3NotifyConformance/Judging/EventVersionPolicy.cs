namespace S3NotifyConformance.Judging;

/// <summary>Which eventVersion values pass. AWS recorded 2.1, 2.2 (replication) and 2.3 (tagging, ACL, lifecycle,
/// Intelligent-Tiering, restore delete) until January 2025 and documents one unified 2.4+ since ("Event message structure"): so major 2
/// with at least the recorded minor of the type is accepted, and the value seen is reported.</summary>
public sealed record EventVersionPolicy(int Major, ImmutableDictionary<string, int> MinimumMinorByEvent, int DefaultMinimumMinor)
{
    /// <summary>The AWS policy described above.</summary>
    public static EventVersionPolicy Aws { get; } = new(2, new Dictionary<string, int>
    {
        ["ObjectTagging:"] = 3,
        ["ObjectAcl:"] = 3,
        ["LifecycleExpiration:"] = 3,
        ["LifecycleTransition"] = 3,
        ["IntelligentTiering"] = 3,
        ["ObjectRestore:Delete"] = 3,
        ["Replication:"] = 2,
    }.ToImmutableDictionary(), 1);

    /// <summary>This policy with another major version and, when given, one minimum minor for every event type.</summary>
    public EventVersionPolicy With(int major, int? minimumMinor) => minimumMinor is { } minor
        ? new EventVersionPolicy(major, ImmutableDictionary<string, int>.Empty, minor)
        : this with { Major = major };

    /// <summary>The lowest minor version accepted for an event name.</summary>
    public int MinimumMinor(string eventName) =>
        MinimumMinorByEvent.Where(p => eventName.StartsWith(p.Key, StringComparison.Ordinal)).Select(p => (int?)p.Value).FirstOrDefault() ?? DefaultMinimumMinor;
}
