namespace S3NotifyConformance.Scenarios;

/// <summary>One notification configuration a scenario asks for: destination, events and key filter.</summary>
/// <param name="Id">The configuration Id; null lets the store generate one.</param>
/// <param name="Destination">The destination kind.</param>
/// <param name="Events">Event names with the <c>s3:</c> prefix, wildcards allowed.</param>
/// <param name="FilterRules">Key filter rules, in the order written.</param>
/// <param name="Arn">A literal destination ARN (validation scenarios); null means the harness provisions one.</param>
/// <param name="DestinationName">Configurations with the same name share one provisioned destination.</param>
/// <param name="DestinationPolicy">The access policy the provisioned queue or topic gets (scenario field <c>destinationPolicy</c>).</param>
public sealed record ConfigurationSpec(
    string? Id,
    DestinationKind Destination,
    ImmutableArray<string> Events,
    ImmutableArray<FilterRuleSpec> FilterRules,
    string? Arn,
    string DestinationName,
    DestinationPolicy DestinationPolicy = DestinationPolicy.GrantsS3)
{
    /// <summary>The prefix filter value, or empty when there is none.</summary>
    public string Prefix => FilterRules.FirstOrDefault(r => r.IsPrefix)?.Value ?? string.Empty;

    /// <summary>The suffix filter value, or empty when there is none.</summary>
    public string Suffix => FilterRules.FirstOrDefault(r => r.IsSuffix)?.Value ?? string.Empty;

    /// <summary>True when the harness must provision the destination (no literal ARN).</summary>
    public bool IsProvisioned => Arn is null;
}
