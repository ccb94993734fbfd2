namespace S3NotifyConformance.Scenarios;

/// <summary>What a scenario checks beyond the AWS rules every scenario gets.</summary>
/// <param name="Snapshot">Compare the scrubbed observations with <c>expected/{id}.verified.json</c>.</param>
/// <param name="TestEvents">Collect and judge s3:TestEvent messages (otherwise they are counted and set aside).</param>
/// <param name="NoEvents">The scenario must see no event at all; it ends on a sentinel.</param>
public sealed record ScenarioExpectation(bool Snapshot, bool TestEvents, bool NoEvents)
{
    /// <summary>Snapshot on, test events set aside.</summary>
    public static ScenarioExpectation Default { get; } = new(true, false, false);
}
