namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>A bucket's replication configuration.</summary>
/// <param name="Role">The IAM role ARN (stored only).</param>
/// <param name="Rules">Rules by priority.</param>
/// <param name="Document">The XML as given, returned by GET.</param>
internal sealed record ReplicationConfiguration(string Role, IReadOnlyList<ReplicationRule> Rules, XElement Document);
