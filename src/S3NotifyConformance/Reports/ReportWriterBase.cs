namespace S3NotifyConformance.Reports;

/// <summary>Owns the file handling: renders to text, writes it under the report folder.</summary>
public abstract class ReportWriterBase : IReportWriter
{
    /// <inheritdoc />
    public abstract string FileName { get; }

    /// <inheritdoc />
    public async Task WriteAsync(RunResult result, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, FileName), Render(result), cancellationToken);
    }

    /// <summary>The file's content.</summary>
    public abstract string Render(RunResult result);
}
