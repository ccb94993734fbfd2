namespace S3NotifyConformance.Reports;

/// <summary>Renders a run into one file of the report folder.</summary>
public interface IReportWriter
{
    /// <summary>The file name it writes, e.g. <c>junit.xml</c>.</summary>
    string FileName { get; }

    /// <summary>Writes the file into <paramref name="directory"/>.</summary>
    Task WriteAsync(RunResult result, string directory, CancellationToken cancellationToken);
}
