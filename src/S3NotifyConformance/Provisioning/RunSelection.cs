using System.Globalization;
using System.Text.RegularExpressions;

namespace S3NotifyConformance.Provisioning;

/// <summary>Which runs' resources a sweep removes: one run, or every run whose id's timestamp is older than a cutoff. A name is
/// selected only when it has exactly the harness's form (<see cref="ResourceNames"/>): a bucket <c>s3n-{run id}-{NNNN}</c>, a queue
/// or topic <c>s3n-{run id}-{NNNN}-{destination}</c>; a look-alike of another tool on a shared store is never touched.</summary>
public sealed partial record RunSelection
{
    private RunSelection(RunId? run, DateTimeOffset? createdBefore)
    {
        Run = run;
        CreatedBefore = createdBefore;
    }

    /// <summary>The one run selected, or null.</summary>
    public RunId? Run { get; }

    /// <summary>Runs whose id says they started before this instant, or null.</summary>
    public DateTimeOffset? CreatedBefore { get; }

    /// <summary>The resources of one run.</summary>
    public static RunSelection Of(RunId run) => new(run, null);

    /// <summary>The resources of every run started more than <paramref name="age"/> before <paramref name="now"/>.</summary>
    public static RunSelection OlderThan(TimeSpan age, DateTimeOffset now) => new(null, now - age);

    /// <summary>The name prefix a listing may filter on (SQS's QueueNamePrefix).</summary>
    public string ListingPrefix => Run?.ResourcePrefix ?? "s3n-";

    /// <summary>True when <paramref name="name"/> is a resource of <paramref name="kind"/> the harness named for a selected run.</summary>
    public bool Selects(ResourceKind kind, string name)
    {
        var match = (kind == ResourceKind.Bucket ? BucketName() : DestinationName()).Match(name);
        if (!match.Success)
        {
            return false;
        }

        var id = match.Groups["id"].Value;
        if (Run is { } run)
        {
            return id == run.Value;
        }

        return DateTimeOffset.TryParseExact(id[..15], "yyyyMMdd't'HHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var started)
               && started < CreatedBefore;
    }

    /// <inheritdoc />
    public override string ToString() => Run is { } run ? $"run {run}" : $"runs started before {CreatedBefore:yyyy-MM-dd HH:mm:ss} UTC";

    [GeneratedRegex("^s3n-(?<id>[0-9]{8}t[0-9]{6}-[0-9a-z]{4})-[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex BucketName();

    // Destination names are cut at 80 characters (SQS and SNS limits), so the destination part may be short but never empty.
    [GeneratedRegex("^s3n-(?<id>[0-9]{8}t[0-9]{6}-[0-9a-z]{4})-[0-9]{4}-[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex DestinationName();
}
