using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>Resolves the Range header or the partNumber query of a GET/HEAD to one byte range.</summary>
internal static class ObjectRange
{
    /// <summary>Offset, length and whether the response is partial (206).</summary>
    public static (long Offset, long Length, bool Partial) Resolve(S3Request request, ObjectVersion version)
    {
        var size = version.Size;
        if (request.Query("partNumber") is { } partText && int.TryParse(partText, out var part))
        {
            var parts = version.PartSizes ?? [size];
            if (part < 1 || part > parts.Count)
            {
                throw new S3Exception(S3Error.InvalidRange("partNumber=" + partText, size));
            }

            var start = parts.Take(part - 1).Sum();
            return (start, parts[part - 1], version.PartSizes is not null);
        }

        var range = request.Header("Range");
        if (string.IsNullOrEmpty(range) || !range.StartsWith("bytes=", StringComparison.Ordinal) || range.Contains(','))
        {
            return (0, size, false);
        }

        var spec = range["bytes=".Length..];
        var dash = spec.IndexOf('-');
        if (dash < 0)
        {
            return (0, size, false);
        }

        var first = spec[..dash];
        var last = spec[(dash + 1)..];
        long from;
        long to;
        if (first.Length == 0)
        {
            if (!long.TryParse(last, out var suffix) || suffix <= 0)
            {
                throw new S3Exception(S3Error.InvalidRange(range, size));
            }

            from = Math.Max(0, size - suffix);
            to = size - 1;
        }
        else
        {
            if (!long.TryParse(first, out from) || (last.Length > 0 && !long.TryParse(last, out _)))
            {
                return (0, size, false);
            }

            to = last.Length == 0 ? size - 1 : Math.Min(long.Parse(last, CultureInfo.InvariantCulture), size - 1);
        }

        if (from >= size || to < from)
        {
            throw new S3Exception(S3Error.InvalidRange(range, size));
        }

        return (from, to - from + 1, true);
    }
}
