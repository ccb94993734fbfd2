namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>A stored key filter rule; the name is normalised to "Prefix" or "Suffix" (SQS::test_filter_rules_case_insensitive).</summary>
/// <param name="Name">Prefix or Suffix.</param>
/// <param name="Value">The value, possibly empty.</param>
internal sealed record FilterRule(string Name, string Value);
