namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>One S3 Intelligent-Tiering archive configuration.</summary>
/// <param name="Id">Configuration id.</param>
/// <param name="Enabled">Status Enabled.</param>
/// <param name="Prefix">Filter prefix.</param>
/// <param name="Tierings">AccessTier (ARCHIVE_ACCESS / DEEP_ARCHIVE_ACCESS) after Days without access.</param>
/// <param name="Document">The XML as given, returned by GET.</param>
internal sealed record IntelligentTieringConfiguration(string Id, bool Enabled, string Prefix, IReadOnlyList<(string AccessTier, int Days)> Tierings, XElement Document);
