using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Faults;

/// <summary>Finds what the harness owns that a fault can act on for a started target.</summary>
public static class FaultSurfaces
{
    /// <summary>The fault injector for <paramref name="target"/> started as <paramref name="connection"/>: endpoint faults on the
    /// embedded store's delivery knob (an in-process store, however the target holds it) or on the harness's webhook receiver
    /// (<paramref name="webhook"/>, for push targets), restarts on a store the harness launched (whose intended outage the
    /// connection's call monitor is told about).</summary>
    public static FaultInjector For(ITarget target, TargetConnection connection, IFaultSurface? webhook = null) => new(
        connection.EmbeddedStore is { } store ? new EmbeddedDeliveryFaultSurface(store) : webhook,
        target as IRestartableStore,
        Actions.HarnessClock.Shared,
        connection.Calls);
}
