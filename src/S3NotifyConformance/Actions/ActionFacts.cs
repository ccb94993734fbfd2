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
    /// <summary>Removes the quotes S3 puts around ETags (records carry them bare, facts §3.2).</summary>
    public static string? Unquote(string? etag) => etag?.Trim('"');

    /// <summary>S3 answers "null" for the null version of a suspended bucket; records carry no versionId then (facts §3.4).</summary>
    public static string? RealVersion(string? versionId) => string.IsNullOrEmpty(versionId) || versionId == "null" ? null : versionId;
}
