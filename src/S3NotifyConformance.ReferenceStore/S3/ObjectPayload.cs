using System.Security.Cryptography;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>Reads an object body: removes aws-chunked framing and checks Content-MD5.</summary>
internal static class ObjectPayload
{
    private static readonly string[] ChecksumHeaders =
        ["x-amz-checksum-crc32", "x-amz-checksum-crc32c", "x-amz-checksum-crc64nvme", "x-amz-checksum-sha1", "x-amz-checksum-sha256"];

    /// <summary>The object bytes as the client meant them.</summary>
    public static async Task<byte[]> ReadAsync(S3Request request) => (await ReadWithChecksumAsync(request)).Content;

    /// <summary>The object bytes plus the client's full-object checksum (header or aws-chunked trailer), stored and echoed back, not verified.</summary>
    public static async Task<(byte[] Content, KeyValuePair<string, string>? Checksum)> ReadWithChecksumAsync(S3Request request)
    {
        var body = await request.ReadBodyAsync();
        IReadOnlyDictionary<string, string> trailers = new Dictionary<string, string>();
        if (AwsChunkedDecoder.IsChunked(request.Http.Request))
        {
            (body, trailers) = AwsChunkedDecoder.Decode(body) ?? throw new S3Exception(S3Error.New(400, "IncompleteBody", "The request body terminated unexpectedly"));
            if (long.TryParse(request.Header("x-amz-decoded-content-length"), out var decoded) && decoded != body.LongLength)
            {
                throw new S3Exception(S3Error.New(400, "IncompleteBody", "You did not provide the number of bytes specified by the Content-Length HTTP header."));
            }
        }

        if (request.Header("Content-MD5") is { Length: > 0 } md5 && !Matches(md5, body))
        {
            throw new S3Exception(S3Error.BadDigest());
        }

        foreach (var name in ChecksumHeaders)
        {
            if ((request.Header(name) ?? trailers.GetValueOrDefault(name)) is { Length: > 0 } value)
            {
                return (body, KeyValuePair.Create(name, value));
            }
        }

        return (body, null);
    }

    /// <summary>Lower-case hex MD5: the ETag of a single-part object.</summary>
    public static string ETagOf(byte[] content) => Convert.ToHexStringLower(MD5.HashData(content));

    private static bool Matches(string base64Md5, byte[] body)
    {
        try
        {
            return Convert.FromBase64String(base64Md5).AsSpan().SequenceEqual(MD5.HashData(body));
        }
        catch (FormatException)
        {
            throw new S3Exception(S3Error.New(400, "InvalidDigest", "The Content-MD5 you specified was invalid."));
        }
    }
}
