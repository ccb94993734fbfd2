using Amazon.S3;
using Amazon.S3.Model;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Actions;

/// <summary>PutObject (ObjectCreated:Put).</summary>
public sealed class PutObjectAction : ActionBase<PutObjectStep>
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(PutObjectStep step, StepCall call, ActionContext context, CancellationToken cancellationToken)
    {
        var body = step.Body.ToBytes();
        await RecordAsync(context, call, step.Operation, step.Key, async () =>
        {
            var request = new PutObjectRequest { BucketName = context.Bucket, Key = step.Key, InputStream = new MemoryStream(body) };
            if (step.StorageClass is not null)
            {
                request.StorageClass = S3StorageClass.FindValue(step.StorageClass);
            }

            if (step.TraceHeader is not null)
            {
                request.Headers["X-Amzn-Trace-Id"] = step.TraceHeader;
            }

            var response = await context.S3.PutObjectAsync(request, cancellationToken);
            // The expected eTag is the MD5 of the body sent (AWS's ETag of a single-part upload), not the store's answer.
            var etag = ActionFacts.ETagOf(body);
            context.Objects[step.Key] = new ObjectState(etag, body.Length, "private");
            var (requestId, hostId) = Ids(response);
            return new ActionFacts(step.Key, ActionFacts.RealVersion(response.VersionId), etag, body.Length, RequestId: requestId, HostId: hostId,
                AnsweredETag: ActionFacts.Unquote(response.ETag));
        });
    }
}
