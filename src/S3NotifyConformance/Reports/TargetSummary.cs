namespace S3NotifyConformance.Reports;

/// <summary>The target a run was made against, as reports show it.</summary>
public sealed record TargetSummary(string Name, string Kind, string Endpoint, string Region, ImmutableArray<string> Capabilities, string? Note = null);
