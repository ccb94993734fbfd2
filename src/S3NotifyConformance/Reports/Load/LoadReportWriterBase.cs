using S3NotifyConformance.Load;

namespace S3NotifyConformance.Reports.Load;

/// <summary>The base of load report writers: file handling from <see cref="FileReportWriterBase{TResult}"/>.</summary>
public abstract class LoadReportWriterBase : FileReportWriterBase<LoadRunResult>;
