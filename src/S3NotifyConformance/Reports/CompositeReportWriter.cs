namespace S3NotifyConformance.Reports;

/// <summary>Runs several writers over one run (conformance or load).</summary>
/// <typeparam name="TResult">The result the writers render.</typeparam>
public sealed class CompositeReportWriter<TResult>(IEnumerable<FileReportWriterBase<TResult>> writers)
{
    private readonly ImmutableArray<FileReportWriterBase<TResult>> _writers = [.. writers];

    /// <summary>The names of the files it writes.</summary>
    public ImmutableArray<string> FileNames => [.. _writers.Select(w => w.FileName)];

    /// <summary>Writes every file; results.json first, so a later failure still leaves the source of truth.</summary>
    public async Task WriteAsync(TResult result, string directory, CancellationToken cancellationToken)
    {
        foreach (var writer in _writers.OrderBy(w => w.FileName == "results.json" ? 0 : 1))
        {
            await writer.WriteAsync(result, directory, cancellationToken);
        }
    }
}
