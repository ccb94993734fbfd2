using Amazon.S3.Model;

namespace S3NotifyConformance.Probing;

/// <summary>An object's bytes and ETag as GetObject returned them: the independent read before and after a call under test.</summary>
public sealed record ObjectSnapshot(byte[] Bytes, string? ETag)
{
    /// <summary>Reads the object with GetObject, bounded by the context's call timeout.</summary>
    public static Task<ObjectSnapshot> ReadAsync(ProbeContext context, string key, CancellationToken cancellationToken) =>
        context.CallAsync(async (s3, token) =>
        {
            using var response = await s3.GetObjectAsync(new GetObjectRequest { BucketName = context.Bucket, Key = key }, token);
            using var buffer = new MemoryStream();
            await response.ResponseStream.CopyToAsync(buffer, token);
            return new ObjectSnapshot(buffer.ToArray(), response.ETag);
        }, cancellationToken);

    /// <summary>True when bytes and ETag are the same.</summary>
    public bool SameAs(ObjectSnapshot other) => Bytes.AsSpan().SequenceEqual(other.Bytes) && ETag == other.ETag;

    /// <summary>How <paramref name="after"/> differs, e.g. <c>38 bytes → 0 bytes, ETag "a…" → "d41d…"</c>.</summary>
    public string DescribeChange(ObjectSnapshot after) =>
        $"{Bytes.Length} bytes → {after.Bytes.Length} bytes{(Bytes.Length == after.Bytes.Length && !Bytes.AsSpan().SequenceEqual(after.Bytes) ? " (other content)" : string.Empty)}, " +
        $"ETag {ETag} → {after.ETag}";
}
