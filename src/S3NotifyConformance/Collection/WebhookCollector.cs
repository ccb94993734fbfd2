namespace S3NotifyConformance.Collection;

/// <summary>Collects one destination's pushed events: registers its channel with the run's <see cref="WebhookServer"/> so
/// POSTs to it land in the scenario's sink, and unregisters when collection ends.</summary>
public sealed class WebhookCollector(WebhookServer server, string channel, string destinationName) : ICollector
{
    /// <inheritdoc />
    public async Task RunAsync(IEventSink sink, CancellationToken cancellationToken)
    {
        // Registered synchronously, before the first await, so the channel is live before any action runs.
        using var registration = server.Register(channel, destinationName, sink);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
