using Amazon.Runtime;
using Amazon.S3.Model;
using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Actions;

/// <summary>DeleteObjects: one write record per requested key, because AWS sends one event per requested key, even for
/// keys that do not exist (SQS::test_delete_objects).</summary>
public sealed class DeleteObjectsAction : ActionBase<DeleteObjectsStep>
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(DeleteObjectsStep step, StepCall call, ActionContext context, CancellationToken cancellationToken)
    {
        DeleteObjectsResponse? response = null;
        ApiOutcome? failure = null;
        var versioning = context.Versioning;
        var started = context.Clock.Now();
        try
        {
            response = await context.S3.DeleteObjectsAsync(new DeleteObjectsRequest
            {
                BucketName = context.Bucket,
                Objects = [.. step.Keys.Select(k => new KeyVersion { Key = k })],
                Quiet = step.Quiet,
            }, cancellationToken);
        }
        catch (AmazonServiceException e)
        {
            failure = ApiOutcome.FromException(e, AwsClientFactory.S3Errors.BodyOf(e.RequestId));
        }

        var completed = context.Clock.Now();
        var (requestId, hostId) = response is null ? (null, null) : Ids(response);
        foreach (var key in step.Keys)
        {
            var deleted = response?.DeletedObjects?.FirstOrDefault(d => d.Key == key);
            var error = response?.DeleteErrors?.FirstOrDefault(d => d.Key == key);
            var outcome = failure ?? (error is null ? ApiOutcome.Success : new ApiOutcome(false, null, error.Code, error.Message, ImmutableSortedDictionary<string, string>.Empty));
            // A quiet answer lists nothing deleted: on a versioned bucket the delete made a marker all the same.
            var marker = deleted?.DeleteMarker ?? (step.Quiet && versioning != BucketVersioning.None);
            context.Objects.TryRemove(key, out _);
            context.Ledger.Append(new WriteRecord(
                0, call.StepIndex, step.Operation, context.Bucket, key, ActionFacts.RealVersion(deleted?.DeleteMarkerVersionId ?? deleted?.VersionId), null,
                marker == true ? DeleteObjectAction.DeleteMarkerETag : null, null, marker == true, requestId, hostId, started, completed, outcome, versioning,
                call.IsSentinel, step.Label, StartedAt: context.Clock.ToUtc(started), CompletedAt: context.Clock.ToUtc(completed)));
        }
    }
}
