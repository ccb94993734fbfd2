namespace S3NotifyConformance.ReferenceStore;

/// <summary>The one access key the reference store accepts, with its secret, as an AWS account's IAM user would have.</summary>
/// <param name="AccessKey">The access key id clients sign with.</param>
/// <param name="SecretKey">The secret access key their signatures are checked against.</param>
public sealed record StoreCredentials(string AccessKey, string SecretKey)
{
    /// <summary>The credentials the embedded target and <c>s3notify serve</c> use unless told otherwise.</summary>
    public static StoreCredentials Default { get; } = new("s3notify", "s3notify-secret");

    /// <summary>Hides the secret.</summary>
    public override string ToString() => $"{AccessKey} (secret hidden)";
}
