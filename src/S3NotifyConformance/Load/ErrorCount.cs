namespace S3NotifyConformance.Load;

/// <summary>A failure message and how often it occurred.</summary>
public sealed record ErrorCount(string Error, long Count);
