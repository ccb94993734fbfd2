using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace S3NotifyConformance.Judging;

/// <summary>Computes a finding's run-independent fingerprint: the rule, the aspect judged, and the classes of the expected
/// and actual values, with every run-dependent value (bucket and run names, times, ids, hashes, tokens) replaced by a
/// placeholder. Two runs of one store give the same fingerprints; two stores that differ in the same way do too.</summary>
public static partial class FindingFingerprint
{
    /// <summary>The fingerprint: <c>{rule} {aspect} #{8 hex digits}</c>.</summary>
    public static string Of(Finding finding)
    {
        var aspect = AspectOf(finding);
        var expected = finding.ExpectedClass ?? Scrub(finding.Expected);
        var actual = finding.ActualClass ?? Scrub(finding.Actual);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{finding.Rule}\n{aspect}\n{expected}\n{actual}"));
        return $"{finding.Rule} {aspect} #{Convert.ToHexStringLower(hash, 0, 4)}";
    }

    /// <summary>The aspect, or the subject scrubbed when the rule gave none.</summary>
    public static string AspectOf(Finding finding) => finding.Aspect ?? Scrub(finding.Subject);

    /// <summary>Replaces run-dependent values with placeholders: <c>{bucket}</c>, <c>{run}</c>, <c>{time}</c>,
    /// <c>{uuid}</c>, <c>{hex}</c>, <c>{token}</c>, <c>{n}</c> for large numbers, and quoted keys.</summary>
    public static string Scrub(string text)
    {
        var scrubbed = BucketName().Replace(text, "{bucket}");
        scrubbed = RunIdPattern().Replace(scrubbed, "{run}");
        scrubbed = IsoTime().Replace(scrubbed, "{time}");
        scrubbed = Uuid().Replace(scrubbed, "{uuid}");
        scrubbed = Hex().Replace(scrubbed, "{hex}");
        scrubbed = Token().Replace(scrubbed, m => m.Value.Any(char.IsAsciiDigit) && m.Value.Any(char.IsAsciiLetter) ? "{token}" : m.Value);
        scrubbed = LargeNumber().Replace(scrubbed, "{n}");
        scrubbed = QuotedKey().Replace(scrubbed, "'{key}'");
        return scrubbed.Length > 300 ? scrubbed[..300] : scrubbed;
    }

    [GeneratedRegex(@"s3n-[0-9]{8}t[0-9]{6}-[0-9a-z]{4}(-[0-9A-Za-z_-]+)?")]
    private static partial Regex BucketName();

    [GeneratedRegex(@"[0-9]{8}t[0-9]{6}-[0-9a-z]{4}")]
    private static partial Regex RunIdPattern();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?")]
    private static partial Regex IsoTime();

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"\b[0-9a-fA-F]{16,}\b")]
    private static partial Regex Hex();

    [GeneratedRegex(@"[A-Za-z0-9+/=._-]{20,}")]
    private static partial Regex Token();

    [GeneratedRegex(@"\b\d{7,}\b")]
    private static partial Regex LargeNumber();

    [GeneratedRegex(@"'[^']*'")]
    private static partial Regex QuotedKey();
}
