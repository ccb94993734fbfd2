using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>ListObjectVersions: GET /bucket?versions; versions and delete markers, keys ascending, newest first.</summary>
internal static class ListObjectVersionsHandler
{
    /// <summary>Handles the request.</summary>
    public static Task HandleAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        var prefix = request.Query("prefix") ?? string.Empty;
        var delimiter = request.Query("delimiter") is { Length: > 0 } d ? d : null;
        var maxKeys = ListObjectsHandler.MaxKeys(request);
        var keyMarker = request.Query("key-marker") is { Length: > 0 } k ? k : null;
        var versionMarker = request.Query("version-id-marker") is { Length: > 0 } vm ? vm : null;
        var all = bucket.SnapshotVersions(prefix);
        var latest = new HashSet<ObjectVersion>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < all.Count; i++)
        {
            if (i == 0 || all[i - 1].Key != all[i].Key)
            {
                latest.Add(all[i]);
            }
        }

        var page = ListingPage<ObjectVersion>.Build(AfterMarker(all, keyMarker, versionMarker, delimiter), v => v.Key, prefix, delimiter, maxKeys);
        var root = S3Xml.E(
            "ListVersionsResult",
            S3Xml.E("Name", bucket.Name),
            S3Xml.E("Prefix", ListingEncoding.Apply(request, prefix)),
            S3Xml.E("KeyMarker", keyMarker ?? string.Empty),
            S3Xml.E("VersionIdMarker", versionMarker ?? string.Empty));
        if (page.IsTruncated)
        {
            root.Add(
                S3Xml.E("NextKeyMarker", ListingEncoding.Apply(request, page.LastPrefix ?? page.LastEntry!.Key)),
                page.LastEntry is { } last ? S3Xml.E("NextVersionIdMarker", last.VersionId) : null);
        }

        root.Add(
            S3Xml.E("MaxKeys", maxKeys),
            delimiter is null ? null : S3Xml.E("Delimiter", ListingEncoding.Apply(request, delimiter)),
            ListingEncoding.Element(request),
            S3Xml.E("IsTruncated", page.IsTruncated ? "true" : "false"));
        foreach (var version in page.Entries)
        {
            root.Add(Entry(request, version, latest.Contains(version)));
        }

        foreach (var common in page.CommonPrefixes)
        {
            root.Add(S3Xml.E("CommonPrefixes", S3Xml.E("Prefix", ListingEncoding.Apply(request, common))));
        }

        return S3Response.XmlAsync(request, root);
    }

    private static IEnumerable<ObjectVersion> AfterMarker(IReadOnlyList<ObjectVersion> all, string? keyMarker, string? versionMarker, string? delimiter)
    {
        var passedVersionMarker = false;
        foreach (var version in all)
        {
            if (keyMarker is null)
            {
                yield return version;
                continue;
            }

            var order = string.CompareOrdinal(version.Key, keyMarker);
            if (order < 0 || (delimiter is not null && keyMarker.EndsWith(delimiter, StringComparison.Ordinal) && version.Key.StartsWith(keyMarker, StringComparison.Ordinal)))
            {
                continue;
            }

            if (order == 0)
            {
                // Same key: skip through the version-id marker (or the whole key when there is none).
                if (versionMarker is not null && passedVersionMarker)
                {
                    yield return version;
                }

                passedVersionMarker |= version.VersionId == versionMarker;
                continue;
            }

            yield return version;
        }
    }

    private static XElement Entry(S3Request request, ObjectVersion version, bool isLatest)
    {
        var key = S3Xml.E("Key", ListingEncoding.Apply(request, version.Key));
        var common = new object[]
        {
            key, S3Xml.E("VersionId", version.VersionId), S3Xml.E("IsLatest", isLatest ? "true" : "false"),
            S3Xml.E("LastModified", S3Xml.Time(version.LastModified)),
        };
        return version.IsDeleteMarker
            ? S3Xml.E("DeleteMarker", common, ListBucketsHandler.OwnerElement(request))
            : S3Xml.E("Version", common, S3Xml.E("ETag", S3Xml.Quoted(version.ETag)), S3Xml.E("Size", version.Size), S3Xml.E("StorageClass", version.StorageClass), ListBucketsHandler.OwnerElement(request));
    }
}
