using S3NotifyConformance.Collection;

namespace S3NotifyConformance.Judging.Rules;

/// <summary><c>s3.object.key</c> is the key URL-encoded as AWS writes it (SQS::test_key_encoding; see <see cref="S3KeyEncoding"/>).</summary>
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
                yield return Fail($"{expected} s3.object.key", want, observed.EncodedKey ?? "(absent)", observed);
            }
        }
    }
}
