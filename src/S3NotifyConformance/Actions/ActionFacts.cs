namespace S3NotifyConformance.Actions;

/// <summary>What an action read from a successful response, before it becomes a <see cref="WriteRecord"/>.</summary>
public sealed record ActionFacts(
    string? Key,
    string? VersionId = null,
    string? ETag = null,
    long? Size = null,
    bool DeleteMarker = false,
    string? RequestId = null,
    string? HostId = null,
    string? RequestedVersionId = null,
    bool NoChange = false,
    JsonObject? Answer = null)
{
    /// <summary>Removes the quotes S3 puts around ETags (records carry them bare, SQS::test_object_created_put_versioned).</summary>
    public static string? Unquote(string? etag) => etag?.Trim('"');

    /// <summary>S3 answers "null" for the null version of a suspended bucket; records carry no versionId then (SQS::test_object_created_put_versioned).</summary>
    public static string? RealVersion(string? versionId) => string.IsNullOrEmpty(versionId) || versionId == "null" ? null : versionId;
}
