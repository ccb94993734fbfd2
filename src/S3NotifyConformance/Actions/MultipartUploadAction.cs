using Amazon.S3.Model;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Actions;

/// <summary>CreateMultipartUpload, UploadPart for each size, then CompleteMultipartUpload (or Abort). Only the last call is
/// the write judged: AWS sends one ObjectCreated:CompleteMultipartUpload and nothing per part.</summary>
public sealed class MultipartUploadAction : ActionBase<MultipartUploadStep>
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(MultipartUploadStep step, StepCall call, ActionContext context, CancellationToken cancellationToken)
    {
        var s3 = context.S3;
        var upload = await s3.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest { BucketName = context.Bucket, Key = step.Key }, cancellationToken);
        var parts = new List<PartETag>();
        var bodies = new List<byte[]>();
        long size = 0;
        for (var i = 0; i < step.PartSizes.Length; i++)
        {
            var body = new ObjectBody(null, step.PartSizes[i]).ToBytes();
            var part = await s3.UploadPartAsync(new UploadPartRequest
            {
                BucketName = context.Bucket,
                Key = step.Key,
                UploadId = upload.UploadId,
                PartNumber = i + 1,
                InputStream = new MemoryStream(body),
            }, cancellationToken);
            parts.Add(new PartETag(i + 1, part.ETag));
            bodies.Add(body);
            size += body.Length;
        }

        await RecordAsync(context, call, step.Operation, step.Key, async () =>
        {
            if (step.Abort)
            {
                var aborted = await s3.AbortMultipartUploadAsync(new AbortMultipartUploadRequest { BucketName = context.Bucket, Key = step.Key, UploadId = upload.UploadId }, cancellationToken);
                var (abortId, abortHost) = Ids(aborted);
                return new ActionFacts(step.Key, RequestId: abortId, HostId: abortHost);
            }

            var response = await s3.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
            {
                BucketName = context.Bucket,
                Key = step.Key,
                UploadId = upload.UploadId,
                PartETags = parts,
            }, cancellationToken);
            // Computed from the parts sent, as AWS computes a multipart ETag, not taken from the store's answer.
            var etag = ActionFacts.MultipartETagOf(bodies);
            context.Objects[step.Key] = new ObjectState(etag, size, "private");
            var (requestId, hostId) = Ids(response);
            return new ActionFacts(step.Key, ActionFacts.RealVersion(response.VersionId), etag, size, RequestId: requestId, HostId: hostId,
                AnsweredETag: ActionFacts.Unquote(response.ETag));
        });
    }
}
