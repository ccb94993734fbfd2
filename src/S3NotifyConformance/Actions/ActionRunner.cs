using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Actions;

/// <summary>Dispatches each step to the action that performs it.</summary>
public sealed class ActionRunner(IEnumerable<IAction> actions)
{
    private readonly ImmutableArray<IAction> _actions = [.. actions];

    /// <summary>Every action this harness knows.</summary>
    public static ActionRunner Default { get; } = new(
    [
        new PutObjectAction(), new PostObjectAction(), new CopyObjectAction(), new MultipartUploadAction(), new DeleteObjectAction(),
        new DeleteObjectsAction(), new ConcurrentWritesAction(), new RestoreObjectAction(), new PutLifecycleAction(),
        new PutIntelligentTieringAction(), new PutReplicationAction(), new DeleteReplicaBucketAction(), new LoseObjectAction(), new PutObjectTaggingAction(), new DeleteObjectTaggingAction(), new PutObjectAclAction(),
        new PutBucketVersioningAction(), new PutNotificationAction(), new PutNotificationXmlAction(), new GetNotificationAction(),
    ]);

    /// <summary>This runner plus <paramref name="action"/> (a later stage's, such as the fault steps').</summary>
    public ActionRunner With(IAction action) => new([.. _actions, action]);

    /// <summary>Performs one step.</summary>
    public Task RunAsync(ScenarioStep step, int stepIndex, bool isSentinel, ActionContext context, CancellationToken cancellationToken)
    {
        var action = _actions.FirstOrDefault(a => a.Handles(step)) ?? throw new InvalidOperationException($"no action performs {step.GetType().Name}");
        return action.ExecuteAsync(step, stepIndex, isSentinel, context, cancellationToken);
    }
}
