namespace S3NotifyConformance.Collection;

/// <summary>What a load run reads of one delivered body: its records' digests, whether it was a test event, and the reasons
/// any of it could not be read (each one a counted problem of the run).</summary>
/// <param name="Records">The readable records.</param>
/// <param name="IsTestEvent">True for an s3:TestEvent body (not a record, not a problem).</param>
/// <param name="Problems">Why the body, or a record of it, could not be read.</param>
public readonly record struct EventDigests(IReadOnlyList<EventDigest> Records, bool IsTestEvent, IReadOnlyList<string> Problems);
