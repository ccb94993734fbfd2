using S3NotifyConformance.Collection;

namespace S3NotifyConformance.Faults;

/// <summary>Endpoint faults on the harness's own webhook receiver, where a push store (Ceph RGW's HTTP topics) delivers: down stops
/// listening (connections refused; on the same port again at the end, registrations kept), slow holds each answer for the delay,
/// error answers the status without recording the body.
/// The store sees its push fail (or stall) exactly as with a receiver that went away; what it does then is what is measured.</summary>
public sealed class WebhookFaultSurface(WebhookServer server) : IFaultSurface
{
    /// <inheritdoc />
    public string Describe(FaultKind kind) => kind switch
    {
        FaultKind.EndpointSlow => $"the harness's webhook receiver {server.BaseUrl} (each POST answered after the delay)",
        FaultKind.EndpointError => $"the harness's webhook receiver {server.BaseUrl} (each POST answered with the error status, its body not recorded)",
        _ => $"the harness's webhook receiver {server.BaseUrl} (not listening: connections refused)",
    };

    /// <inheritdoc />
    public Task BeginAsync(FaultSpec fault, CancellationToken cancellationToken)
    {
        switch (fault.Kind)
        {
            case FaultKind.EndpointSlow:
                server.Disrupt(new WebhookDisruption(Delay: fault.Delay));
                return Task.CompletedTask;
            case FaultKind.EndpointError:
                server.Disrupt(new WebhookDisruption(Status: fault.Status));
                return Task.CompletedTask;
            default:
                // Down at once, as an endpoint that goes away: POSTs under way are cut off (their connections reset), the next
                // connection is refused. A graceful stop (1 s for POSTs under way) left RGW 16.2's persistent delivery with one push
                // pending forever after the outage (README, "Ceph RGW under faults"), which measured the stop, not the outage.
                return server.StopListeningAsync(TimeSpan.Zero);
        }
    }

    /// <inheritdoc />
    public Task EndAsync(FaultSpec fault, CancellationToken cancellationToken)
    {
        if (fault.Kind is FaultKind.EndpointSlow or FaultKind.EndpointError)
        {
            server.Disrupt(null);
            return Task.CompletedTask;
        }

        return server.ListenAgainAsync(cancellationToken);
    }
}
