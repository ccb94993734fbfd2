using Amazon.S3.Model;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Actions;

/// <summary>CopyObject (ObjectCreated:Copy, keyed by the destination).</summary>
public sealed class CopyObjectAction : ActionBase<CopyObjectStep>
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CopyObjectStep step, StepCall call, ActionContext context, CancellationToken cancellationToken)
    {
        await RecordAsync(context, call, step.Operation, step.Key, async () =>
        {
            var response = await context.S3.CopyObjectAsync(new CopyObjectRequest
            {
                SourceBucket = context.Bucket,
                SourceKey = step.SourceKey,
                SourceVersionId = step.SourceVersionLabel is null ? null : context.ResolveVersion(step.SourceVersionLabel),
                DestinationBucket = context.Bucket,
                DestinationKey = step.Key,
            }, cancellationToken);
            // The new object as the store holds it, read independently after the call: its ETag, and its version where the
            // answer gave none (a copy is never part of simultaneous writes, so the read sees this copy).
            var answeredVersion = ActionFacts.RealVersion(response.VersionId);
            var head = await context.S3.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = context.Bucket, Key = step.Key }, cancellationToken);
            var etag = ActionFacts.Unquote(head.ETag)!;
            var size = context.Objects.TryGetValue(step.SourceKey, out var source) ? source.Size : (long?)null;
            context.Objects[step.Key] = new ObjectState(etag, size ?? 0, "private");
            var (requestId, hostId) = Ids(response);
            var readVersion = answeredVersion is null && context.Versioning == BucketVersioning.Enabled ? ActionFacts.RealVersion(head.VersionId) : null;
            return new ActionFacts(step.Key, answeredVersion ?? readVersion, etag, size, RequestId: requestId, HostId: hostId,
                AnsweredETag: ActionFacts.Unquote(response.ETag), VersionIdFromRead: readVersion is not null);
        });
    }
}
