namespace S3NotifyConformance.Reports.Certificates;

/// <summary>Capabilities the target declared, and those a probe observed (null when the run had no probe).</summary>
public sealed record CertifiedCapabilities(ImmutableArray<string> Declared, ImmutableArray<string>? Observed);
