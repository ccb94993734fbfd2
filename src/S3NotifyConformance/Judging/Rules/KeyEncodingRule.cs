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
        foreach (var (expected, observed) in context.Pairing.Matched.Where(m => !m.Expected.IsEventBridge))
        {
            var want = S3KeyEncoding.Encode(expected.Write.Key!);
            if (observed.EncodedKey != want)
            {
                yield return Fail($"{expected} s3.object.key", want, observed.EncodedKey ?? "(absent)", observed) with
                {
                    Aspect = "s3.object.key",
                    Field = "s3.object.key",
                    ExpectedClass = "the key URL-encoded as AWS encodes it",
                    ActualClass = DescribeEncoding(expected.Write.Key!, observed.EncodedKey),
                };
            }
        }
    }

    /// <summary>How a record key was encoded, compared with AWS's encoding of the written key: the class in the finding's
    /// fingerprint, so one encoding difference is one difference whatever keys show it.</summary>
    public static string DescribeEncoding(string key, string? encoded)
    {
        if (encoded is null)
        {
            return "(absent)";
        }

        var aws = S3KeyEncoding.Encode(key);
        return encoded switch
        {
            _ when encoded == key => "the key unencoded",
            _ when encoded == Uri.EscapeDataString(key).Replace("%2F", "/") => "percent-encoded with space as %20",
            _ when encoded == S3KeyEncoding.Encode(aws) => "encoded twice",
            _ when string.Equals(encoded, aws, StringComparison.OrdinalIgnoreCase) => "lower-case hex escapes",
            _ when S3KeyEncoding.Decode(encoded) == key => $"another encoding of the same key ({string.Join(" ", DifferingCharacters(key, encoded))})",
            _ => "another key",
        };
    }

    private static IEnumerable<string> DifferingCharacters(string key, string encoded) => key.Distinct()
        .Where(c => S3KeyEncoding.Encode(c.ToString()) is var aws && !encoded.Contains(aws, StringComparison.Ordinal))
        .Select(c => $"'{c}' not as {S3KeyEncoding.Encode(c.ToString())}");
}
