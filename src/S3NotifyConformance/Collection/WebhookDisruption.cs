namespace S3NotifyConformance.Collection;

/// <summary>How the webhook receiver mistreats POSTs while an endpoint fault is in force: slow (each answer held for
/// <paramref name="Delay"/>, then recorded as usual) or erroring (answered <paramref name="Status"/>, not recorded). A receiver that
/// is down is not listening at all (<see cref="WebhookServer.StopListeningAsync"/>).</summary>
public sealed record WebhookDisruption(TimeSpan? Delay = null, int? Status = null);
