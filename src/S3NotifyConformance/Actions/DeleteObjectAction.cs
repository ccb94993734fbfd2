using Amazon.S3.Model;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Actions;

/// <summary>DeleteObject, of the current object or of a labelled version (ObjectRemoved:Delete or DeleteMarkerCreated).</summary>
public sealed class DeleteObjectAction : ActionBase<DeleteObjectStep>
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(DeleteObjectStep step, StepCall call, ActionContext context, CancellationToken cancellationToken)
    {
        var requestedVersion = step.VersionLabel is null ? null : context.ResolveVersion(step.VersionLabel);
        await RecordAsync(context, call, step.Operation, step.Key, async () =>
        {
            var response = await context.S3.DeleteObjectAsync(new DeleteObjectRequest
            {
                BucketName = context.Bucket,
                Key = step.Key,
                VersionId = requestedVersion,
            }, cancellationToken);
            var (requestId, hostId) = Ids(response);
            var marker = string.Equals(response.DeleteMarker, "true", StringComparison.OrdinalIgnoreCase);
            if (requestedVersion is null)
            {
                context.Objects.TryRemove(step.Key, out _);
            }

            return new ActionFacts(step.Key, ActionFacts.RealVersion(response.VersionId), marker && requestedVersion is null ? DeleteMarkerETag : null,
                DeleteMarker: marker, RequestId: requestId, HostId: hostId, RequestedVersionId: requestedVersion);
        });
    }

    /// <summary>A delete marker's eTag in records: the MD5 of nothing (SQS::test_object_created_put_versioned).</summary>
    public const string DeleteMarkerETag = "d41d8cd98f00b204e9800998ecf8427e";
}
