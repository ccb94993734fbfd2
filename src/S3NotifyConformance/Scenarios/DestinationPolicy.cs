namespace S3NotifyConformance.Scenarios;

/// <summary>The access policy the harness gives a provisioned queue or topic (scenario field <c>destinationPolicy</c>).
/// Amazon S3 refuses a configuration whose SQS or SNS destination does not let it publish for the bucket
/// ("Granting permissions to publish event notification messages to a destination"; truth: Configuration validation).</summary>
public enum DestinationPolicy
{
    /// <summary><c>grants-s3</c> (the default): the S3 service principal may send, for this bucket (<c>aws:SourceArn</c>).</summary>
    GrantsS3,

    /// <summary><c>denies-s3</c>: only the account's own principals may send; S3 is not named.</summary>
    DeniesS3,

    /// <summary><c>other-bucket</c>: the S3 service principal may send, but only for another bucket's <c>aws:SourceArn</c>.</summary>
    OtherBucket,
}

/// <summary>Names of <see cref="DestinationPolicy"/> as scenario files write them.</summary>
public static class DestinationPolicyNames
{
    /// <summary>Every name, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } = ["grants-s3", "denies-s3", "other-bucket"];

    /// <summary>The policy a name stands for, or null for an unknown name.</summary>
    public static DestinationPolicy? Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "grants-s3" => DestinationPolicy.GrantsS3,
        "denies-s3" => DestinationPolicy.DeniesS3,
        "other-bucket" => DestinationPolicy.OtherBucket,
        _ => null,
    };
}
