namespace S3NotifyConformance.Collection;

/// <summary>The few fields of one event record a load run measures with; everything else of the body is dropped at once.</summary>
/// <param name="EncodedKey">The key as the record wrote it (URL-encoded).</param>
/// <param name="EventName">The record's eventName.</param>
/// <param name="Sequencer">The record's sequencer, if present.</param>
public readonly record struct EventDigest(string EncodedKey, string? EventName, string? Sequencer);
