using S3NotifyConformance.Collection;

namespace S3NotifyConformance.Judging.Rules;

/// <summary><c>s3.object.key</c> is the key URL-encoded as AWS writes it (facts §3.6; see <see cref="S3KeyEncoding"/>).</summary>
public sealed class KeyEncodingRule : RuleBase
{
    /// <inheritdoc />
    public override string Id => "record.key-encoding";

    /// <inheritdoc />
    public override IEnumerable<Finding> Judge(JudgingContext context)
    {
        foreach (var (expected, observed) in context.Pairing.Matched)
        {
            var want = S3KeyEncoding.Encode(expected.Write.Key!);
            if (observed.EncodedKey != want)
            {
                yield return Fail($"{expected} s3.object.key", want, observed.EncodedKey ?? "(absent)", observed, $"{expected.EventName} s3.object.key", "s3.object.key");
            }
        }
    }
}
