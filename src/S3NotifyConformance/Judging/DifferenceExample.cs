namespace S3NotifyConformance.Judging;

/// <summary>One finding chosen to show a difference: the scenario, what was judged there, expected and actual, the raw event.</summary>
public sealed record DifferenceExample(string Scenario, string Subject, string Expected, string Actual, string? RawEvent);
