namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>A bucket's lifecycle configuration.</summary>
/// <param name="Rules">The rules.</param>
/// <param name="Document">The XML as given, returned by GET.</param>
internal sealed record LifecycleConfiguration(IReadOnlyList<LifecycleRule> Rules, XElement Document);
