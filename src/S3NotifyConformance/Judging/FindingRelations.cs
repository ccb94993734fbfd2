using System.Text.RegularExpressions;

namespace S3NotifyConformance.Judging;

/// <summary>Relates a scenario's findings so that one real difference is reported once: what follows from a blocking
/// finding, and snapshot differences that restate a rule's finding, are marked <see cref="Finding.CausedBy"/>; snapshot
/// differences on a store's extension fields are dropped (extensions are listed, never failed).</summary>
public static partial class FindingRelations
{
    private static readonly HashSet<string> PairingRules = ["delivery.lost", "delivery.unexpected", "delivery.duplicate"];

    /// <summary>The snapshot comparison's differences as findings, each folded into the rule finding it restates.</summary>
    public static IEnumerable<Finding> SnapshotFindings(IEnumerable<Snapshots.SnapshotDifference> differences, IReadOnlyList<Finding> ruleFindings,
        IReadOnlySet<string> extensionPaths)
    {
        foreach (var d in differences)
        {
            var recordPath = RecordPath(d.Path);
            if (recordPath is not null && d.Verified == "(absent)" && extensionPaths.Any(x => recordPath == x || recordPath.StartsWith(x + ".", StringComparison.Ordinal)))
            {
                continue;
            }

            // Placeholders that differ only in their number say which values are the same as which (the store reuses one
            // AWS keeps apart, or the reverse): that is the difference, so the numbers stay.
            var (expectedClass, actualClass) = (SnapshotClass(d.Verified), SnapshotClass(d.Received));
            var finding = new Finding("snapshot", d.Path, d.Verified, d.Received)
            {
                Aspect = Index().Replace(d.Path, "[]"),
                ExpectedClass = expectedClass == actualClass ? d.Verified : expectedClass,
                ActualClass = expectedClass == actualClass ? d.Received : actualClass,
            };
            yield return Restated(finding, recordPath, ruleFindings) is { } rule ? finding with { CausedBy = rule.Fingerprint } : finding;
        }
    }

    /// <summary>Marks every finding that follows from a blocking one (delivery, snapshot, test events, later calls) as caused
    /// by it. Findings on the records that did arrive stay differences of their own.</summary>
    public static ImmutableArray<Finding> MarkConsequences(IReadOnlyList<Finding> findings)
    {
        var blocking = findings.FirstOrDefault(f => f.Blocking);
        if (blocking is null)
        {
            return [.. findings];
        }

        return [.. findings.Select(f => f.Blocking || f.CausedBy is not null || IsRecordLevel(f.Rule) ? f : f with { CausedBy = blocking.Fingerprint })];
    }

    /// <summary>A snapshot value's class for the fingerprint: objects and arrays by kind (their content is the scenario's),
    /// placeholders without their number (<c>{host-id-2}</c> → <c>{host-id-n}</c>), other values as they are.</summary>
    private static string SnapshotClass(string value) => value switch
    {
        _ when value.StartsWith('{') && !value.StartsWith("{\"{", StringComparison.Ordinal) && value.EndsWith('}') && !Placeholder().IsMatch(value) => "a JSON object",
        _ when value.StartsWith('[') => "a JSON array",
        _ => FindingFingerprint.Scrub(NumberedPlaceholder().Replace(value, "{$1-n}")),
    };

    private static bool IsRecordLevel(string rule) => rule.StartsWith("record.", StringComparison.Ordinal) || rule.StartsWith("envelope.", StringComparison.Ordinal);

    private static Finding? Restated(Finding snapshot, string? recordPath, IReadOnlyList<Finding> rules)
    {
        var path = snapshot.Subject;
        if (path.StartsWith("events", StringComparison.Ordinal))
        {
            // A lost, unexpected or duplicate record shifts every later record in the list: the pairing finding says it.
            return rules.FirstOrDefault(r => PairingRules.Contains(r.Rule))
                ?? (recordPath is null
                    ? rules.FirstOrDefault(r => r.Rule.StartsWith("envelope.", StringComparison.Ordinal))
                    : rules.FirstOrDefault(r => r.Field is { } f && (recordPath == f || recordPath.StartsWith(f + ".", StringComparison.Ordinal))));
        }

        if (CallOutcome().IsMatch(path))
        {
            return rules.FirstOrDefault(r => r.Rule == "api.outcome");
        }

        return path.StartsWith("testEvents", StringComparison.Ordinal) ? rules.FirstOrDefault(r => r.Rule == "test-event") : null;
    }

    private static string? RecordPath(string snapshotPath)
    {
        var match = RecordField().Match(snapshotPath);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();

    [GeneratedRegex(@"\{([a-z0-9:-]+?)-\d+\}")]
    private static partial Regex NumberedPlaceholder();

    [GeneratedRegex(@"^\{[a-z0-9:-]+\}$")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^events\[\d+\]\.record\.(.+)$")]
    private static partial Regex RecordField();

    [GeneratedRegex(@"^calls\[\d+\]\.outcome")]
    private static partial Regex CallOutcome();
}
