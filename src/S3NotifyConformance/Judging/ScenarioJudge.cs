using S3NotifyConformance.Judging.Rules;
using S3NotifyConformance.Judging.Snapshots;

namespace S3NotifyConformance.Judging;

/// <summary>Judges one scenario's evidence: the rules, then the snapshot. Reads ledgers only; never talks to a target.</summary>
public sealed class ScenarioJudge(IRule rules, SnapshotStore? snapshots)
{
    private static readonly HashSet<string> ObjectWrites =
    [
        "PutObject", "PostObject", "CopyObject", "CompleteMultipartUpload", "DeleteObject", "DeleteObjects",
        "PutObjectTagging", "DeleteObjectTagging", "PutObjectAcl", "RestoreObject", "LoseObject",
    ];

    /// <summary>Applies every rule and compares the snapshot when the scenario asks for one.</summary>
    public ScenarioJudgement Judge(Evidence evidence)
    {
        var context = JudgingContext.From(evidence);
        var findings = rules.Judge(context).ToList();
        var extensions = evidence.ScenarioRecords.Where(e => !e.IsEventBridge).SelectMany(e => AwsRecordFields.Extensions(e.Record!)).Select(x => x.Path)
            .ToImmutableSortedSet(StringComparer.Ordinal);
        SnapshotComparison? comparison = null;
        if (evidence.Scenario.Expect.Snapshot && snapshots is not null)
        {
            comparison = snapshots.Compare(evidence.Scenario.Id, SnapshotDocumentBuilder.Build(context));
            if (comparison.VerifiedMissing)
            {
                findings.Add(new Finding("snapshot", evidence.Scenario.Id, "a verified snapshot in expected/", $"none; review {comparison.ReceivedPath} and run 's3notify accept'")
                {
                    Aspect = "verified snapshot present",
                });
            }

            findings.AddRange(FindingRelations.SnapshotFindings(comparison.Differences, [.. findings], extensions));
        }

        var related = FindingRelations.MarkConsequences(findings);

        var counts = new ScenarioCounts(
            evidence.ScenarioWrites.Count(w => ObjectWrites.Contains(w.Operation)),
            context.Expected.Length,
            evidence.ScenarioRecords.Count(),
            context.Pairing.Matched.Length + context.Pairing.Renamed.Length,
            context.Pairing.Duplicates.Length,
            context.Pairing.Lost.Length,
            context.Pairing.Unexpected.Length,
            evidence.Events.Count(e => e.TestEvent is not null),
            related.Count(f => f.Rule == new SequencerOrderRule().Id),
            context.Coalesced.Length,
            OutOfOrderArrivals(context),
            [.. evidence.ScenarioRecords.Select(e => e.Record?["eventVersion"]?.ToString()).OfType<string>().Distinct().Order(StringComparer.Ordinal)]);
        return new ScenarioJudgement(related.IsEmpty ? ScenarioOutcome.Passed : ScenarioOutcome.Failed, related, counts, comparison, [.. extensions]);
    }

    private static int OutOfOrderArrivals(JudgingContext context) => context.Pairing.Matched
        .Where(m => m.Observed.Sequencer is not null)
        .GroupBy(m => (m.Observed.DestinationName, m.Observed.Key))
        .Sum(key =>
        {
            var arrivals = key.OrderBy(m => m.Observed.Sequence).Select(m => m.Observed.Sequencer!).ToList();
            return arrivals.Where((sequencer, i) => arrivals.Take(i).Any(earlier => SequencerOrderRule.Compare(earlier, sequencer) > 0)).Count();
        });
}
