namespace S3NotifyConformance.Targets;

/// <summary>The answer to an S3 call made without the SDK: HTTP status, body, and the x-amz-request-id header.</summary>
public sealed record S3RawAnswer(int Status, string Body, string? RequestId)
{
    /// <summary>True for a 2xx answer.</summary>
    public bool Succeeded => Status is >= 200 and < 300;

    /// <summary>The ETag header as answered (quoted), if any.</summary>
    public string? ETag { get; init; }

    /// <summary>The x-amz-version-id header, if any.</summary>
    public string? VersionId { get; init; }
}
