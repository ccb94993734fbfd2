using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Judging.Rules;

/// <summary>A successful call's answer says what AWS's says: the ETag of the object written (the MD5 of the body sent, of a
/// multipart upload's parts, or what HeadObject reads after a copy); a write on a versioning-enabled bucket answers its version id
/// (<c>x-amz-version-id</c>), a delete without versionId on a versioned or suspended bucket answers
/// <c>x-amz-delete-marker: true</c> (S3 API reference, PutObject, CopyObject, DeleteObject). Expectations never come from these
/// answers (the oracle works from the request made), so a store answering otherwise gets a finding here, on the answer.</summary>
public sealed class ApiAnswerRule : RuleBase
{
    private static readonly HashSet<string> VersionedWrites = ["PutObject", "PostObject", "CopyObject", "CompleteMultipartUpload"];

    /// <inheritdoc />
    public override string Id => "api.answer";

    /// <inheritdoc />
    public override IEnumerable<Finding> Judge(JudgingContext context)
    {
        foreach (var write in context.Evidence.ScenarioWrites.Where(w => w.Outcome.Succeeded && w.Key is not null))
        {
            var subject = $"step {write.StepIndex} {write.Operation} '{write.Key}'";
            var makesMarker = write.Operation == "DeleteObject" && write.RequestedVersionId is null && write.Versioning != BucketVersioning.None;
            if (makesMarker && !write.DeleteMarker)
            {
                yield return Fail($"{subject} x-amz-delete-marker", "true (the delete made a delete marker)", "(absent)", null, "DeleteObject x-amz-delete-marker", "x-amz-delete-marker");
            }

            if (write.AnsweredETag is { } answered && write.ETag is { } etag && answered != etag)
            {
                yield return Fail($"{subject} ETag", $"{etag} (the object's ETag, computed from what was sent or read back)", answered, null, $"{write.Operation} ETag", "ETag")
                    with { ExpectedClass = "the object's ETag", ActualClass = "another value" };
            }

            if (write.Versioning == BucketVersioning.Enabled && (write.VersionId is null || write.VersionIdFromRead) && (VersionedWrites.Contains(write.Operation) || makesMarker))
            {
                yield return Fail($"{subject} x-amz-version-id", "the new version's id", "(absent)", null, $"{write.Operation} x-amz-version-id", "x-amz-version-id");
            }
        }
    }
}
