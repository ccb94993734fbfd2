namespace S3NotifyConformance.Judging.Rules;

/// <summary>For one key, a write that started after another finished carries a greater sequencer. AWS documents the
/// comparison: right-pad the shorter value with zeros, then compare as strings (Event message structure, "sequencer").</summary>
public sealed class SequencerOrderRule : RuleBase
{
    /// <inheritdoc />
    public override string Id => "order.sequencer";

    /// <summary>Compares two sequencers as AWS documents.</summary>
    public static int Compare(string a, string b)
    {
        var width = Math.Max(a.Length, b.Length);
        return string.CompareOrdinal(a.ToUpperInvariant().PadRight(width, '0'), b.ToUpperInvariant().PadRight(width, '0'));
    }

    private static string Path(ExpectedEvent expected) => expected.IsEventBridge ? "detail.object.sequencer" : "s3.object.sequencer";

    /// <inheritdoc />
    public override IEnumerable<Finding> Judge(JudgingContext context)
    {
        var sequenced = context.Pairing.Matched
            .Where(m => m.Observed.Sequencer is not null && m.Expected.Write.Key is not null)
            .GroupBy(m => (m.Expected.Write.Key!, m.Expected.IsEventBridge));
        foreach (var key in sequenced)
        {
            var ordered = key.OrderBy(m => m.Expected.Write.StartedTimestamp).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                for (var j = i + 1; j < ordered.Count; j++)
                {
                    var earlier = ordered[i];
                    var later = ordered[j];
                    if (later.Expected.Write.StartedTimestamp > earlier.Expected.Write.CompletedTimestamp &&
                        Compare(later.Observed.Sequencer!, earlier.Observed.Sequencer!) <= 0)
                    {
                        yield return Fail(
                            $"key '{key.Key.Item1}': {later.Expected} after {earlier.Expected}",
                            $"sequencer greater than {earlier.Observed.Sequencer}",
                            later.Observed.Sequencer!,
                            later.Observed) with
                        {
                            Aspect = $"{Path(later.Expected)} grows for later writes of a key",
                            Field = Path(later.Expected),
                            ExpectedClass = "greater than the earlier write's",
                            ActualClass = "not greater",
                        };
                    }
                }
            }
        }
    }
}
