using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>ListObjectsV2 (GET /bucket?list-type=2) and ListObjects v1 (GET /bucket).</summary>
internal static class ListObjectsHandler
{
    /// <summary>Handles both versions.</summary>
    public static Task HandleAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        var v2 = request.Query("list-type") == "2";
        var prefix = request.Query("prefix") ?? string.Empty;
        var delimiter = request.Query("delimiter") is { Length: > 0 } d ? d : null;
        var maxKeys = MaxKeys(request);
        var (marker, markerIsPrefix) = v2
            ? DecodeToken(request.Query("continuation-token")) ?? (request.Query("start-after"), false)
            : (request.Query("marker"), delimiter is not null && request.Query("marker") is { } m && m.EndsWith(delimiter, StringComparison.Ordinal));
        var candidates = bucket.SnapshotCurrent(prefix).Where(v => marker is null ||
            (string.CompareOrdinal(v.Key, marker) > 0 && !(markerIsPrefix && v.Key.StartsWith(marker, StringComparison.Ordinal))));
        var page = ListingPage<ObjectVersion>.Build(candidates, v => v.Key, prefix, delimiter, maxKeys);
        var next = page.LastPrefix ?? page.LastEntry?.Key;
        var root = S3Xml.E("ListBucketResult", S3Xml.E("Name", bucket.Name), S3Xml.E("Prefix", ListingEncoding.Apply(request, prefix)));
        if (v2)
        {
            root.Add(
                request.Query("continuation-token") is { } token ? S3Xml.E("ContinuationToken", token) : null,
                page.IsTruncated ? S3Xml.E("NextContinuationToken", EncodeToken(next!, page.LastPrefix is not null)) : null,
                request.Query("start-after") is { } startAfter ? S3Xml.E("StartAfter", ListingEncoding.Apply(request, startAfter)) : null,
                S3Xml.E("KeyCount", page.Entries.Count + page.CommonPrefixes.Count));
        }
        else
        {
            root.Add(
                S3Xml.E("Marker", marker ?? string.Empty),
                page.IsTruncated && delimiter is not null ? S3Xml.E("NextMarker", ListingEncoding.Apply(request, next!)) : null);
        }

        root.Add(
            S3Xml.E("MaxKeys", maxKeys),
            delimiter is null ? null : S3Xml.E("Delimiter", ListingEncoding.Apply(request, delimiter)),
            ListingEncoding.Element(request),
            S3Xml.E("IsTruncated", page.IsTruncated ? "true" : "false"));
        var withOwner = !v2 || request.Query("fetch-owner") == "true";
        foreach (var version in page.Entries)
        {
            root.Add(S3Xml.E(
                "Contents",
                S3Xml.E("Key", ListingEncoding.Apply(request, version.Key)),
                S3Xml.E("LastModified", S3Xml.Time(version.LastModified)),
                S3Xml.E("ETag", S3Xml.Quoted(version.ETag)),
                S3Xml.E("Size", version.Size),
                withOwner ? ListBucketsHandler.OwnerElement(request) : null,
                S3Xml.E("StorageClass", version.StorageClass)));
        }

        foreach (var common in page.CommonPrefixes)
        {
            root.Add(S3Xml.E("CommonPrefixes", S3Xml.E("Prefix", ListingEncoding.Apply(request, common))));
        }

        return S3Response.XmlAsync(request, root);
    }

    /// <summary>max-keys, default 1000, capped at 1000.</summary>
    public static int MaxKeys(S3Request request, string name = "max-keys")
    {
        var text = request.Query(name);
        if (text is null)
        {
            return 1000;
        }

        return int.TryParse(text, out var value) && value >= 0
            ? Math.Min(value, 1000)
            : throw new S3Exception(S3Error.InvalidArgument("Provided max-keys not an integer or within integer range", name, text));
    }

    private static string EncodeToken(string key, bool isPrefix) => Convert.ToBase64String(Encoding.UTF8.GetBytes((isPrefix ? "P:" : "K:") + key));

    private static (string? Marker, bool IsPrefix)? DecodeToken(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            return text.Length >= 2 && text[1] == ':' ? (text[2..], text[0] == 'P') : throw new FormatException();
        }
        catch (FormatException)
        {
            throw new S3Exception(S3Error.InvalidArgument("The continuation token provided is incorrect", "continuation-token", token));
        }
    }
}
