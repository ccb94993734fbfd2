namespace S3NotifyConformance.Reports;

/// <summary>The base of conformance report writers: file handling from <see cref="FileReportWriterBase{TResult}"/>.</summary>
public abstract class ReportWriterBase : FileReportWriterBase<RunResult>;
