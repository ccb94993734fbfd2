using S3NotifyConformance.Load;

namespace S3NotifyConformance.Reports.Load;

/// <summary>Runs several load writers over one run.</summary>
public sealed class CompositeLoadReportWriter(IEnumerable<ILoadReportWriter> writers)
{
    private readonly ImmutableArray<ILoadReportWriter> _writers = [.. writers];

    /// <summary>Writes every file; results.json first, so a later failure still leaves the source of truth.</summary>
    public async Task WriteAsync(LoadRunResult result, string directory, CancellationToken cancellationToken)
    {
        foreach (var writer in _writers.OrderBy(w => w is LoadJsonReportWriter ? 0 : 1))
        {
            await writer.WriteAsync(result, directory, cancellationToken);
        }
    }
}
