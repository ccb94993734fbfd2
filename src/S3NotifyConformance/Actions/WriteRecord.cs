using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Actions;

/// <summary>One S3 call the harness made, with what the store answered; judging pairs events with these.</summary>
/// <param name="Sequence">Order of completion within the scenario (ledger position).</param>
/// <param name="StepIndex">1-based step number; 0 for the scenario's initial configuration.</param>
/// <param name="VersionId">The version the call created or removed, as the response gave it (null when none).</param>
/// <param name="RequestedVersionId">The versionId the request named (DeleteObject of a version), if any.</param>
/// <param name="ETag">The object's ETag without quotes, after the call (created objects; current object for tagging/ACL).</param>
/// <param name="Versioning">The bucket's versioning state when the call was made.</param>
/// <param name="NoChange">True when the call changed nothing AWS notifies about (an ACL set to its current value).</param>
/// <param name="Notification">The configuration a PutBucketNotificationConfiguration call sent.</param>
/// <param name="Answer">A read call's normalized answer (GetBucketNotificationConfiguration).</param>
/// <param name="StartedAt">Wall-clock time the call was sent (the harness's clock), for judging eventTime.</param>
/// <param name="CompletedAt">Wall-clock time the answer was read.</param>
/// <param name="AnsweredETag">The ETag in the store's answer, where <paramref name="ETag"/> is what the harness computed or read
/// itself (the MD5 of the body it sent); judged by the api.answer rule.</param>
/// <param name="VersionIdFromRead">True when the answer carried no version id and <paramref name="VersionId"/> was read back
/// with HeadObject after the call.</param>
public sealed record WriteRecord(
    long Sequence,
    int StepIndex,
    string Operation,
    string Bucket,
    string? Key,
    string? VersionId,
    string? RequestedVersionId,
    string? ETag,
    long? Size,
    bool DeleteMarker,
    string? RequestId,
    string? HostId,
    long StartedTimestamp,
    long CompletedTimestamp,
    ApiOutcome Outcome,
    BucketVersioning Versioning,
    bool IsSentinel = false,
    string? Label = null,
    bool NoChange = false,
    NotificationSpec? Notification = null,
    JsonObject? Answer = null,
    string? TraceHeader = null,
    DateTimeOffset? StartedAt = null,
    DateTimeOffset? CompletedAt = null,
    string? AnsweredETag = null,
    bool VersionIdFromRead = false);
