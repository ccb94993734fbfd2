using S3NotifyConformance.Load;

namespace S3NotifyConformance.Running;

/// <summary>A finished load run: its result and the folder its reports are in.</summary>
public sealed record LoadRunOutcome(LoadRunResult Result, string ReportDirectory);
