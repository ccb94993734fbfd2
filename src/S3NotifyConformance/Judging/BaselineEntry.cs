namespace S3NotifyConformance.Judging;

/// <summary>One known deviation: scenario id (or glob) and why the target differs there.</summary>
public sealed record BaselineEntry(string Id, string Reason);
