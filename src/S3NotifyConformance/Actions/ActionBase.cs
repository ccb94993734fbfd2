using Amazon.Runtime;
using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Actions;

/// <summary>Times an S3 call, turns a service error into an <see cref="ApiOutcome"/>, and appends the write record.</summary>
public abstract class ActionBase<TStep> : IAction
    where TStep : ScenarioStep
{
    /// <inheritdoc />
    public bool Handles(ScenarioStep step) => step is TStep;

    /// <inheritdoc />
    public Task ExecuteAsync(ScenarioStep step, int stepIndex, bool isSentinel, ActionContext context, CancellationToken cancellationToken) =>
        ExecuteAsync((TStep)step, new StepCall(stepIndex, isSentinel, step), context, cancellationToken);

    /// <summary>Performs the typed step.</summary>
    protected abstract Task ExecuteAsync(TStep step, StepCall call, ActionContext context, CancellationToken cancellationToken);

    /// <summary>Runs one S3 call and records it; returns the record (with a failed outcome on a service error).</summary>
    protected static async Task<WriteRecord> RecordAsync(ActionContext context, StepCall call, string operation, string? key, Func<Task<ActionFacts>> send)
    {
        var versioning = context.Versioning;
        var started = context.Clock.Now();
        ActionFacts facts;
        ApiOutcome outcome;
        try
        {
            facts = await send();
            outcome = ApiOutcome.Success;
        }
        catch (RawCallFailedException e)
        {
            facts = new ActionFacts(key, RequestId: e.RequestId);
            outcome = e.Outcome;
        }
        catch (AmazonServiceException e)
        {
            facts = new ActionFacts(key, RequestId: e.RequestId);
            outcome = ApiOutcome.FromException(e, AwsClientFactory.S3Errors.BodyOf(e.RequestId));
        }

        var completed = context.Clock.Now();
        var record = context.Ledger.Append(new WriteRecord(
            0, call.StepIndex, operation, context.Bucket, facts.Key ?? key, facts.VersionId, facts.RequestedVersionId, facts.ETag, facts.Size,
            facts.DeleteMarker, facts.RequestId, facts.HostId, started, completed, outcome, versioning, call.IsSentinel,
            call.Step.Label, facts.NoChange, (call.Step as PutNotificationStep)?.Notification, facts.Answer, (call.Step as PutObjectStep)?.TraceHeader,
            context.Clock.ToUtc(started), context.Clock.ToUtc(completed), facts.AnsweredETag, facts.VersionIdFromRead));
        if (call.Step.Label is { } label && facts.VersionId is { } version)
        {
            context.Labels[label] = version;
        }

        return record;
    }

    /// <summary>The response's request id and x-amz-id-2.</summary>
    protected static (string? RequestId, string? HostId) Ids(AmazonWebServiceResponse response) =>
        (response.ResponseMetadata?.RequestId,
         response.ResponseMetadata?.Metadata is { } m && m.TryGetValue("x-amz-id-2", out var id2) ? id2 : null);

    /// <summary>The step number and flags of the call being made.</summary>
    protected sealed record StepCall(int StepIndex, bool IsSentinel, ScenarioStep Step);
}
