namespace S3NotifyConformance.Scenarios;

/// <summary>Where a scenario's expected behaviour comes from (see expected/README.md).</summary>
/// <param name="Level">aws-recorded, documentation or inferred.</param>
/// <param name="Source">The recording or document, e.g. <c>SQS::test_object_created_put</c>.</param>
public sealed record ScenarioSource(string Level, string Source)
{
    /// <summary>The evidence levels a scenario may declare.</summary>
    public static ImmutableArray<string> Levels { get; } = ["aws-recorded", "documentation", "inferred"];

    /// <summary>The source as scenario files write it and reports show it: <c>level source</c>.</summary>
    public override string ToString() => $"{Level} {Source}".Trim();
}
