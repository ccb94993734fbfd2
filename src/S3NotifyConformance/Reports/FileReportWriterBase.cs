namespace S3NotifyConformance.Reports;

/// <summary>Owns the file handling of a report writer: renders a result to text and writes it under the report folder.</summary>
/// <typeparam name="TResult">The result rendered: a conformance <see cref="RunResult"/> or a load run.</typeparam>
public abstract class FileReportWriterBase<TResult>
{
    /// <summary>The file name it writes, e.g. <c>summary.md</c>.</summary>
    public abstract string FileName { get; }

    /// <summary>Writes the file into <paramref name="directory"/>.</summary>
    public async Task WriteAsync(TResult result, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, FileName), Render(result), cancellationToken);
    }

    /// <summary>The file's content.</summary>
    public abstract string Render(TResult result);
}
