namespace S3NotifyConformance.Load;

/// <summary>The store a load run measured.</summary>
/// <param name="Faults">The embedded store's injected delivery faults, when set (delay, duplicate, drop).</param>
public sealed record LoadTargetInfo(string Name, string Kind, string Endpoint, string Region, string? Faults);
