using S3NotifyConformance.Load;

namespace S3NotifyConformance.Reports.Load;

/// <summary>Renders a load run into one file of its report folder.</summary>
public interface ILoadReportWriter
{
    /// <summary>The file name it writes, e.g. <c>index.html</c>.</summary>
    string FileName { get; }

    /// <summary>Writes the file into <paramref name="directory"/>.</summary>
    Task WriteAsync(LoadRunResult result, string directory, CancellationToken cancellationToken);
}
