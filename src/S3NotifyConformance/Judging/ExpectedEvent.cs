using S3NotifyConformance.Actions;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Judging;

/// <summary>An event Amazon S3 would send: for this write, with this name, through this configuration to this destination.</summary>
public sealed record ExpectedEvent(WriteRecord Write, string EventName, ConfigurationSpec Configuration)
{
    /// <summary>For an EventBridge event (whose <see cref="EventName"/> is its detail-type), the S3 event it stands for.</summary>
    public string? S3EventName { get; init; }

    /// <summary>The S3 event name behind this event: <see cref="S3EventName"/> for EventBridge, else <see cref="EventName"/>.</summary>
    public string Cause => S3EventName ?? EventName;

    /// <summary>True when the event goes to EventBridge (an EventBridge event, not an S3 event record).</summary>
    public bool IsEventBridge => Configuration.Destination == DestinationKind.EventBridge;

    /// <summary>The destination it must arrive on.</summary>
    public string DestinationName => Configuration.DestinationName;

    /// <summary>The versionId the record must carry, or null when it must carry none (SQS::test_object_created_put_versioned).</summary>
    public string? ExpectedVersionId => Cause switch
    {
        "ObjectRemoved:Delete" => Write.RequestedVersionId,
        _ when Cause.StartsWith("ObjectCreated:", StringComparison.Ordinal) || Cause == "ObjectRemoved:DeleteMarkerCreated" =>
            Write.Versioning == BucketVersioning.Enabled ? Write.VersionId : null,
        _ => null,
    };

    /// <summary>True when AWS sends a versionId here but the harness does not know its value: a write on a versioning-enabled
    /// bucket whose answer carried no version id. The record must then carry one (its value is not judged); the answer
    /// itself is judged by the api.answer rule.</summary>
    public bool VersionIdUnknown => VersionIdJudged && ExpectedVersionId is null && Write.Versioning == BucketVersioning.Enabled &&
        (Cause.StartsWith("ObjectCreated:", StringComparison.Ordinal) || Cause == "ObjectRemoved:DeleteMarkerCreated");

    /// <summary>True when the record's versionId is judged for this event type (created and removed events, SQS::test_object_created_put_versioned).</summary>
    public bool VersionIdJudged => Cause.StartsWith("ObjectCreated:", StringComparison.Ordinal) || Cause.StartsWith("ObjectRemoved:", StringComparison.Ordinal);

    /// <summary>A short description for findings.</summary>
    public override string ToString() =>
        $"{EventName} for key '{Write.Key}'{(ExpectedVersionId is { } v ? $" version {v}" : string.Empty)} (step {Write.StepIndex} {Write.Operation}) on {DestinationName}{(Configuration.Id is { } id ? $" via configuration {id}" : string.Empty)}";
}
