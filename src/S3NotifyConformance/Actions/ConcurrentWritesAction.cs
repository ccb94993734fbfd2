using Amazon.S3;
using Amazon.S3.Model;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Actions;

/// <summary>Starts every writer of every key at once (released together), so the writes on one key overlap in time as
/// AWS's coalescing note describes; then reads each key's final state with HeadObject.</summary>
public sealed class ConcurrentWritesAction : ActionBase<ConcurrentWritesStep>
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(ConcurrentWritesStep step, StepCall call, ActionContext context, CancellationToken cancellationToken)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writers = step.Keys.SelectMany(key => Enumerable.Range(1, step.Writers).Select(writer => (key, writer))).Select(async w =>
        {
            await start.Task;
            ScenarioStep write = step.Mix && w.writer % 2 == 0
                ? new DeleteObjectStep(w.key)
                : new PutObjectStep(w.key, new ObjectBody($"writer {w.writer} of {w.key}", 0));
            await ActionRunner.Default.RunAsync(write, call.StepIndex, call.IsSentinel, context, cancellationToken);
        }).ToList();
        start.SetResult();
        await Task.WhenAll(writers);
        foreach (var key in step.Keys)
        {
            await RecordAsync(context, call, "HeadObject", key, async () =>
            {
                try
                {
                    var head = await context.S3.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = context.Bucket, Key = key }, cancellationToken);
                    var (requestId, hostId) = Ids(head);
                    return new ActionFacts(key, ActionFacts.RealVersion(head.VersionId), ActionFacts.Unquote(head.ETag), head.ContentLength, RequestId: requestId, HostId: hostId);
                }
                catch (AmazonS3Exception e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
                {
                    // A delete won the race: the final state is "no object", which is an answer, not a failure.
                    return new ActionFacts(key, RequestId: e.RequestId);
                }
            });
        }
    }
}
