namespace S3NotifyConformance.Running;

/// <summary>What <c>s3notify sweep</c> is asked to do.</summary>
/// <param name="Target">The store, as <c>--target</c> names it.</param>
/// <param name="RunId">One run's id, or null.</param>
/// <param name="OlderThan">Every run older than this, or null; exactly one of the two is set.</param>
/// <param name="DryRun">List only.</param>
public sealed record SweepOptions(string? Target, string? RunId, TimeSpan? OlderThan, bool DryRun);
