namespace S3NotifyConformance.Collection;

/// <summary>Runs several collectors into one sink.</summary>
public sealed class CompositeCollector(IEnumerable<ICollector> collectors) : ICollector
{
    private readonly ImmutableArray<ICollector> _collectors = [.. collectors];

    /// <inheritdoc />
    public Task RunAsync(IEventSink sink, CancellationToken cancellationToken) =>
        Task.WhenAll(_collectors.Select(c => c.RunAsync(sink, cancellationToken)));
}
