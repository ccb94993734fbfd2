namespace S3NotifyConformance.Collection;

/// <summary>What the webhook receiver has seen: every POST is counted in exactly one of the outcome counters.</summary>
/// <param name="Posts">POSTs received.</param>
/// <param name="Routed">POSTs delivered to a registered destination's ledger.</param>
/// <param name="UnknownChannel">POSTs for no registered destination (late events of a finished scenario, foreign traffic).</param>
/// <param name="Unauthorized">POSTs rejected with 401 for a missing or wrong bearer token.</param>
/// <param name="TooLarge">POSTs rejected with 413 for a body over the limit.</param>
/// <param name="Records">Records (or test events, or unreadable bodies) appended to ledgers.</param>
/// <param name="Unreadable">POSTs whose body, or a record of it, could not be read (recorded as such; a part of Routed and UnknownChannel).</param>
public sealed record WebhookStatistics(long Posts, long Routed, long UnknownChannel, long Unauthorized, long TooLarge, long Records, long Unreadable = 0);
