namespace S3NotifyConformance.Reports;

/// <summary>Runs several writers over one run.</summary>
public sealed class CompositeReportWriter(IEnumerable<IReportWriter> writers)
{
    private readonly ImmutableArray<IReportWriter> _writers = [.. writers];

    /// <summary>Writes every file; results.json first, so a later failure still leaves the source of truth.</summary>
    public async Task WriteAsync(RunResult result, string directory, CancellationToken cancellationToken)
    {
        foreach (var writer in _writers.OrderBy(w => w is JsonReportWriter ? 0 : 1))
        {
            await writer.WriteAsync(result, directory, cancellationToken);
        }
    }
}
