namespace S3NotifyConformance.Judging;

/// <summary>Accounting of one scenario: writes made, events expected and received, and how they paired.</summary>
public sealed record ScenarioCounts(int Writes, int Expected, int Events, int Matched, int Duplicates, int Lost, int Unexpected, int TestEvents, int SequencerViolations)
{
    /// <summary>No activity.</summary>
    public static ScenarioCounts None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0);
}
