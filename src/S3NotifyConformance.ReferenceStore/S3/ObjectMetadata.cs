using Microsoft.AspNetCore.WebUtilities;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>Builds the metadata part of a new object version from request headers (PutObject, CreateMultipartUpload, CopyObject REPLACE).</summary>
internal static class ObjectMetadata
{
    private static readonly string[] StoredHeaders = ["Content-Disposition", "Content-Language", "Cache-Control", "Expires"];

    private static readonly HashSet<string> StorageClasses = new(StringComparer.Ordinal)
    {
        "STANDARD", "REDUCED_REDUNDANCY", "STANDARD_IA", "ONEZONE_IA", "INTELLIGENT_TIERING", "GLACIER",
        "DEEP_ARCHIVE", "OUTPOSTS", "GLACIER_IR", "SNOW", "EXPRESS_ONEZONE",
    };

    /// <summary>A template version (key set, content empty, version id "null") carrying the request's metadata.</summary>
    public static ObjectVersion FromHeaders(S3Request request, string key)
    {
        var headers = request.Http.Request.Headers;
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        var stored = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            if (name.StartsWith("x-amz-meta-", StringComparison.OrdinalIgnoreCase))
            {
                metadata[name["x-amz-meta-".Length..].ToLowerInvariant()] = value.ToString();
            }
        }

        foreach (var name in StoredHeaders)
        {
            if (headers.TryGetValue(name, out var value))
            {
                stored[name] = value.ToString();
            }
        }

        var encoding = string.Join(',', headers.ContentEncoding.ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(e => !e.Equals("aws-chunked", StringComparison.OrdinalIgnoreCase)));
        if (encoding.Length > 0)
        {
            stored["Content-Encoding"] = encoding;
        }

        return new ObjectVersion
        {
            Key = key,
            VersionId = ObjectVersion.NullVersionId,
            ContentType = headers.ContentType.ToString() is { Length: > 0 } type ? type : "binary/octet-stream",
            Metadata = metadata,
            Headers = stored,
            Tags = TagsFromHeader(request.Header("x-amz-tagging")),
            Acl = AclReader.FromHeaders(request) ?? AccessControlList.FromCanned("private", request.Services.OwnerCanonicalId),
            StorageClass = StorageClass(request.Header("x-amz-storage-class")),
        };
    }

    /// <summary>Validates x-amz-storage-class (default STANDARD).</summary>
    public static string StorageClass(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "STANDARD";
        }

        return StorageClasses.Contains(value)
            ? value
            : throw new S3Exception(S3Error.New(400, "InvalidStorageClass", "The storage class you specified is not valid", ("StorageClassRequested", value)));
    }

    /// <summary>Parses the x-amz-tagging header (URL query form).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> TagsFromHeader(string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return [];
        }

        return QueryHelpers.ParseQuery(header.StartsWith('?') ? header : "?" + header)
            .Select(pair => KeyValuePair.Create(pair.Key, pair.Value.ToString()))
            .ToList();
    }
}
