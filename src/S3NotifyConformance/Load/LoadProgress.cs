namespace S3NotifyConformance.Load;

/// <summary>A running measurement at a glance, for the live progress bar.</summary>
/// <param name="CurrentRps">Ok requests in the last whole second.</param>
/// <param name="Pending">Acknowledged writes whose event has not arrived yet.</param>
public sealed record LoadProgress(
    TimeSpan Elapsed,
    TimeSpan? Planned,
    long Ok,
    long Fail,
    double CurrentRps,
    double RequestP99,
    double DeliveryP99,
    long Events,
    long Duplicates,
    long Pending);
