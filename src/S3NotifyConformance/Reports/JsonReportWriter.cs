namespace S3NotifyConformance.Reports;

/// <summary>results.json of a conformance run: the run as data, the source of truth for every other format.</summary>
public sealed class JsonReportWriter : ResultsJsonReportWriter<RunResult>;
