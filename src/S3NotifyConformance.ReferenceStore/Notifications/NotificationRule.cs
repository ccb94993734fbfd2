namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>One stored queue, topic or Lambda configuration.</summary>
/// <param name="Id">Caller-supplied or generated id (becomes s3.configurationId).</param>
/// <param name="Kind">The destination kind.</param>
/// <param name="Arn">The destination ARN.</param>
/// <param name="Events">Event names as given, e.g. "s3:ObjectCreated:*".</param>
/// <param name="FilterRules">Key filter rules as stored (names capitalised).</param>
internal sealed record NotificationRule(string Id, DestinationKind Kind, string Arn, IReadOnlyList<string> Events, IReadOnlyList<FilterRule> FilterRules)
{
    /// <summary>The prefix filter value, "" when absent.</summary>
    public string Prefix => FilterRules.FirstOrDefault(r => r.Name == "Prefix")?.Value ?? string.Empty;

    /// <summary>The suffix filter value, "" when absent.</summary>
    public string Suffix => FilterRules.FirstOrDefault(r => r.Name == "Suffix")?.Value ?? string.Empty;
}
