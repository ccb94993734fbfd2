namespace S3NotifyConformance.Actions;

/// <summary>What an action knows after a successful call, before it becomes a <see cref="WriteRecord"/>: what the harness
/// computed or read independently where it can (the ETag of the body it sent, a version read back with HeadObject), the
/// store's answer otherwise.</summary>
/// <param name="AnsweredETag">The ETag the store's answer gave, when the harness computed or read the ETag itself.</param>
/// <param name="VersionIdFromRead">True when the answer carried no version id and <see cref="VersionId"/> was read back.</param>
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
    JsonObject? Answer = null,
    string? AnsweredETag = null,
    bool VersionIdFromRead = false)
{
    /// <summary>The ETag AWS gives a single-part upload of <paramref name="body"/> (no SSE-KMS/SSE-C): the hex MD5 of the body.</summary>
    public static string ETagOf(byte[] body) => Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(body));

    /// <summary>The ETag AWS gives a completed multipart upload: the MD5 of the parts' binary MD5s, then <c>-N</c>.</summary>
    public static string MultipartETagOf(IReadOnlyList<byte[]> parts) =>
        $"{Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(parts.SelectMany(p => System.Security.Cryptography.MD5.HashData(p)).ToArray()))}-{parts.Count}";

    /// <summary>Removes the quotes S3 puts around ETags (records carry them bare, SQS::test_object_created_put_versioned).</summary>
    public static string? Unquote(string? etag) => etag?.Trim('"');

    /// <summary>S3 answers "null" for the null version of a suspended bucket; records carry no versionId then (SQS::test_object_created_put_versioned).</summary>
    public static string? RealVersion(string? versionId) => string.IsNullOrEmpty(versionId) || versionId == "null" ? null : versionId;
}
