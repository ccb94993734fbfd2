using Amazon.S3;
using Amazon.S3.Model;
using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Actions;

/// <summary>PutObject (ObjectCreated:Put).</summary>
public sealed class PutObjectAction : ActionBase<PutObjectStep>
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(PutObjectStep step, StepCall call, ActionContext context, CancellationToken cancellationToken)
    {
        var body = step.Body.ToBytes();
        if (step.Key.StartsWith('/'))
        {
            await PutAsWrittenAsync(step, call, body, context, cancellationToken);
            return;
        }

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
            var (requestId, hostId) = Ids(response);
            return Written(step, body, context, response.VersionId, response.ETag, requestId, hostId);
        });
    }

    // The expected eTag is the MD5 of the body sent (AWS's ETag of a single-part upload), not the store's answer.
    private static ActionFacts Written(PutObjectStep step, byte[] body, ActionContext context, string? versionId, string? answeredETag, string? requestId, string? hostId)
    {
        var etag = ActionFacts.ETagOf(body);
        context.Objects[step.Key] = new ObjectState(etag, body.Length, "private");
        return new ActionFacts(step.Key, ActionFacts.RealVersion(versionId), etag, body.Length, RequestId: requestId, HostId: hostId,
            AnsweredETag: ActionFacts.Unquote(answeredETag));
    }

    /// <summary>The AWS SDK for .NET drops a key's leading '/' (it sends <c>/bucket/testdata</c> for <c>/testdata</c>),
    /// where boto3, the AWS CLI and the recordings send <c>/bucket//testdata</c>; such a put goes out as written, with the
    /// same storage class and trace headers the SDK would send.</summary>
    private async Task PutAsWrittenAsync(PutObjectStep step, StepCall call, byte[] body, ActionContext context, CancellationToken cancellationToken) =>
        await RecordAsync(context, call, step.Operation, step.Key, async () =>
        {
            var headers = new Dictionary<string, string>();
            if (step.StorageClass is not null)
            {
                headers["x-amz-storage-class"] = step.StorageClass;
            }

            if (step.TraceHeader is not null)
            {
                headers["X-Amzn-Trace-Id"] = step.TraceHeader;
            }

            var answer = await S3ExtensionClient.For(context.Target).PutObjectAsync(context.Bucket, step.Key, body, cancellationToken, headers);
            if (!answer.Succeeded)
            {
                throw new RawCallFailedException(ApiOutcome.FromErrorBody(answer.Status, answer.Body), answer.RequestId);
            }

            return Written(step, body, context, answer.VersionId, answer.ETag, answer.RequestId, null);
        });
}
