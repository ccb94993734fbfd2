namespace S3NotifyConformance.Collection;

/// <summary>Drains one kind of destination into an event sink until cancelled.</summary>
public interface ICollector
{
    /// <summary>Collects until <paramref name="cancellationToken"/> is cancelled; never throws for a cancelled token.</summary>
    Task RunAsync(IEventSink sink, CancellationToken cancellationToken);
}
