namespace S3NotifyConformance.Provisioning;

/// <summary>Identifies one run; every resource the run creates carries it in its name (<c>s3n-{run id}-…</c>).</summary>
public sealed record RunId(string Value)
{
    private static readonly System.Text.RegularExpressions.Regex Pattern = new("^[0-9]{8}t[0-9]{6}-[0-9a-z]{4}$");

    /// <summary>A new id from the UTC time and four random characters, e.g. <c>20261123t160257-k3x9</c>.</summary>
    public static RunId New(DateTimeOffset now)
    {
        const string alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
        var random = string.Concat(Enumerable.Range(0, 4).Select(_ => alphabet[Random.Shared.Next(alphabet.Length)]));
        return new RunId($"{now.UtcDateTime:yyyyMMdd't'HHmmss}-{random}");
    }

    /// <summary>Parses a run id given on the command line.</summary>
    public static RunId Parse(string value) =>
        Pattern.IsMatch(value) ? new RunId(value) : throw new FormatException($"'{value}' is not a run id (e.g. 20261123t160257-k3x9)");

    /// <summary>The prefix of every resource name of this run.</summary>
    public string ResourcePrefix => $"s3n-{Value}-";

    /// <inheritdoc />
    public override string ToString() => Value;
}
