using S3NotifyConformance.Load;

namespace S3NotifyConformance.Reports.Load;

/// <summary>Owns the file handling: renders to text, writes it under the report folder.</summary>
public abstract class LoadReportWriterBase : ILoadReportWriter
{
    /// <inheritdoc />
    public abstract string FileName { get; }

    /// <inheritdoc />
    public async Task WriteAsync(LoadRunResult result, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, FileName), Render(result), cancellationToken);
    }

    /// <summary>The file's content.</summary>
    public abstract string Render(LoadRunResult result);
}
