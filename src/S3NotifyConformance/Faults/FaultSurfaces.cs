using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Faults;

/// <summary>Finds what the harness owns that a fault can act on for a started target.</summary>
public static class FaultSurfaces
{
    /// <summary>The fault injector for <paramref name="target"/>: endpoint faults on the embedded store's delivery knob or on the
    /// harness's webhook receiver (<paramref name="webhook"/>, for push targets), restarts on a store the harness launched (whose
    /// intended outage <paramref name="calls"/> is told about).</summary>
    public static FaultInjector For(ITarget target, StoreCallMonitor? calls, IFaultSurface? webhook = null) => new(
        target is EmbeddedTarget { Store: { } store } ? new EmbeddedDeliveryFaultSurface(store) : webhook,
        target as IRestartableStore,
        Actions.HarnessClock.Shared,
        calls);
}
