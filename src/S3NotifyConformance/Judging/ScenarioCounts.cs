namespace S3NotifyConformance.Judging;

/// <summary>Accounting of one scenario: writes made, events expected and received, and how they paired.</summary>
/// <param name="Coalesced">Expected events not sent because AWS may coalesce simultaneous writes to one unversioned key.</param>
/// <param name="OutOfOrderArrivals">Events on one key that arrived after an event with a greater sequencer (legal: AWS does not
/// promise delivery order; consumers order by sequencer).</param>
/// <param name="EventVersions">The eventVersion values seen.</param>
public sealed record ScenarioCounts(
    int Writes, int Expected, int Events, int Matched, int Duplicates, int Lost, int Unexpected, int TestEvents, int SequencerViolations,
    int Coalesced = 0, int OutOfOrderArrivals = 0, ImmutableArray<string> EventVersions = default)
{
    /// <summary>No activity.</summary>
    public static ScenarioCounts None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, []);

    /// <summary>The eventVersion values seen (never default).</summary>
    public ImmutableArray<string> EventVersions { get; init; } = EventVersions.IsDefault ? [] : EventVersions;

    /// <summary>Share of expected events coalesced (0 when nothing was expected).</summary>
    public double CoalescingRatio => Expected == 0 ? 0 : (double)Coalesced / Expected;
}
