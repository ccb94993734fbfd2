namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>One lifecycle rule (the subset the store acts on).</summary>
/// <param name="Id">Rule id.</param>
/// <param name="Enabled">Status Enabled.</param>
/// <param name="Prefix">Filter prefix ("" for all).</param>
/// <param name="Tags">Filter tags (all must match).</param>
/// <param name="ExpirationDays">Expiration/Days of current versions.</param>
/// <param name="Transitions">Transition Days + StorageClass.</param>
/// <param name="NoncurrentDays">NoncurrentVersionExpiration/NoncurrentDays.</param>
internal sealed record LifecycleRule(
    string Id,
    bool Enabled,
    string Prefix,
    IReadOnlyList<KeyValuePair<string, string>> Tags,
    int? ExpirationDays,
    IReadOnlyList<(int Days, string StorageClass)> Transitions,
    int? NoncurrentDays)
{
    /// <summary>True when the rule's filter selects the version.</summary>
    public bool Selects(ObjectVersion version) =>
        Enabled && version.Key.StartsWith(Prefix, StringComparison.Ordinal) &&
        Tags.All(t => version.Tags.Any(v => v.Key == t.Key && v.Value == t.Value));
}
