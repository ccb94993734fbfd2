using S3NotifyConformance.Reports;

namespace S3NotifyConformance.Running;

/// <summary>A finished run: its result and the folder its reports are in.</summary>
public sealed record RunOutcome(RunResult Result, string ReportDirectory);
