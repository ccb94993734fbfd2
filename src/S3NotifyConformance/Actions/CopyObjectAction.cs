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
            var etag = ActionFacts.Unquote(response.ETag)!;
            var size = context.Objects.TryGetValue(step.SourceKey, out var source) ? source.Size : (long?)null;
            context.Objects[step.Key] = new ObjectState(etag, size ?? 0, "private");
            var (requestId, hostId) = Ids(response);
            return new ActionFacts(step.Key, ActionFacts.RealVersion(response.VersionId), etag, size, RequestId: requestId, HostId: hostId);
        });
    }
}
