namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>A key as it appears in a URL path (every byte but unreserved characters and "/" as %XX), and an object's URL.</summary>
internal static class ObjectUrl
{
    /// <summary>The key escaped for a URL path.</summary>
    public static string EscapePath(string key) => Uri.EscapeDataString(key).Replace("%2F", "/", StringComparison.Ordinal);

    /// <summary>The path-style URL of <paramref name="key"/> in <paramref name="bucket"/> on this store (Location of POST and CompleteMultipartUpload).</summary>
    public static string Location(S3Request request, string bucket, string key) => $"{request.Services.Endpoint}/{bucket}/{EscapePath(key)}";
}
