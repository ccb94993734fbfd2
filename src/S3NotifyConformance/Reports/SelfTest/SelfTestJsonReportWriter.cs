namespace S3NotifyConformance.Reports.SelfTest;

/// <summary>results.json of a self-test: the verdicts as data, the source summary.md is rendered from.</summary>
public sealed class SelfTestJsonReportWriter : ResultsJsonReportWriter<SelfTestResult>;
