namespace S3NotifyConformance.Load;

/// <summary>What one iteration does (NBomber's step): the engine times it and counts its outcome.</summary>
public interface ILoadStep
{
    /// <summary>The step's name in reports, e.g. <c>put_object</c>.</summary>
    string Name { get; }

    /// <summary>Runs the iteration; a thrown exception counts as a failure with its message.</summary>
    Task<StepOutcome> ExecuteAsync(LoadIteration iteration, CancellationToken cancellationToken);
}
