using S3NotifyConformance.ReferenceStore.Faults;

namespace S3NotifyConformance.Faults;

/// <summary>Endpoint faults on the embedded store, whose destinations (SQS queues, SNS topics) live inside it and push nowhere
/// the harness could take down: the store's own delivery knob refuses (down, error) or slows every delivery for the window, and
/// the store retries with backoff or drops per its outage policy. The events are still collected by polling its queues.</summary>
public sealed class EmbeddedDeliveryFaultSurface(ReferenceStore.ReferenceStore store) : IFaultSurface
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<FaultSpec, DestinationDisruption> _inForce = new();

    /// <inheritdoc />
    public string Describe(FaultKind kind)
    {
        var policy = store.GetConfiguration().OutagePolicy == OutagePolicy.Retry ? "it retries with backoff" : "it drops what it cannot deliver";
        return kind switch
        {
            FaultKind.EndpointSlow => "the embedded store's delivery to its destinations (store knob: each delivery held for the delay)",
            FaultKind.EndpointError => $"the embedded store's delivery to its destinations (store knob: every delivery refused, as by an error status; {policy})",
            _ => $"the embedded store's delivery to its destinations (store knob: every delivery refused; {policy})",
        };
    }

    /// <inheritdoc />
    public Task BeginAsync(FaultSpec fault, CancellationToken cancellationToken)
    {
        var disruption = fault.Kind == FaultKind.EndpointSlow ? DestinationDisruption.Slow(fault.Delay) : DestinationDisruption.Down;
        disruption = disruption with { Destinations = [.. fault.Destinations] };
        _inForce[fault] = disruption;
        store.BeginDeliveryDisruption(disruption);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task EndAsync(FaultSpec fault, CancellationToken cancellationToken)
    {
        if (_inForce.TryRemove(fault, out var disruption))
        {
            store.EndDeliveryDisruption(disruption);
        }

        return Task.CompletedTask;
    }
}
