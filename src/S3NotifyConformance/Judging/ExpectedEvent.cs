using S3NotifyConformance.Actions;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Judging;

/// <summary>An event Amazon S3 would send: for this write, with this name, through this configuration to this destination.</summary>
public sealed record ExpectedEvent(WriteRecord Write, string EventName, ConfigurationSpec Configuration)
{
    /// <summary>The destination it must arrive on.</summary>
    public string DestinationName => Configuration.DestinationName;

    /// <summary>The versionId the record must carry, or null when it must carry none (SQS::test_object_created_put_versioned).</summary>
    public string? ExpectedVersionId => EventName switch
    {
        "ObjectRemoved:Delete" => Write.RequestedVersionId,
        _ when EventName.StartsWith("ObjectCreated:", StringComparison.Ordinal) || EventName == "ObjectRemoved:DeleteMarkerCreated" =>
            Write.Versioning == BucketVersioning.Enabled ? Write.VersionId : null,
        _ => null,
    };

    /// <summary>True when AWS sends a versionId here but the harness does not know its value: a write on a versioning-enabled
    /// bucket whose answer carried no version id. The record must then carry one (its value is not judged); the answer
    /// itself is judged by the api.answer rule.</summary>
    public bool VersionIdUnknown => VersionIdJudged && ExpectedVersionId is null && Write.Versioning == BucketVersioning.Enabled &&
        (EventName.StartsWith("ObjectCreated:", StringComparison.Ordinal) || EventName == "ObjectRemoved:DeleteMarkerCreated");

    /// <summary>True when the record's versionId is judged for this event type (created and removed events, SQS::test_object_created_put_versioned).</summary>
    public bool VersionIdJudged => EventName.StartsWith("ObjectCreated:", StringComparison.Ordinal) || EventName.StartsWith("ObjectRemoved:", StringComparison.Ordinal);

    /// <summary>A short description for findings.</summary>
    public override string ToString() =>
        $"{EventName} for key '{Write.Key}'{(ExpectedVersionId is { } v ? $" version {v}" : string.Empty)} (step {Write.StepIndex} {Write.Operation}) on {DestinationName}{(Configuration.Id is { } id ? $" via configuration {id}" : string.Empty)}";
}
