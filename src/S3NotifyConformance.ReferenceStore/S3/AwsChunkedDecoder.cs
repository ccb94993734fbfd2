namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>
/// Decodes the aws-chunked framing the SDK uses for streaming uploads: signed chunks
/// (<c>hex;chunk-signature=...\r\n data \r\n</c>, STREAMING-AWS4-HMAC-SHA256-PAYLOAD[-TRAILER]) and unsigned chunks with
/// trailing checksums (STREAMING-UNSIGNED-PAYLOAD-TRAILER, <c>0\r\nx-amz-checksum-crc32:...\r\n\r\n</c>).
/// </summary>
internal static class AwsChunkedDecoder
{
    /// <summary>True when the request body uses the aws-chunked framing.</summary>
    public static bool IsChunked(HttpRequest request) =>
        request.Headers.ContentEncoding.ToString().Contains("aws-chunked", StringComparison.OrdinalIgnoreCase) ||
        request.Headers["x-amz-content-sha256"].ToString().StartsWith("STREAMING-", StringComparison.Ordinal);

    /// <summary>The payload without framing, plus any trailer headers; null when the framing is broken.</summary>
    public static (byte[] Payload, IReadOnlyDictionary<string, string> Trailers)? Decode(byte[] framed)
    {
        using var payload = new MemoryStream(framed.Length);
        var trailers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var position = 0;
        while (true)
        {
            var line = ReadLine(framed, ref position);
            if (line is null)
            {
                return null;
            }

            var semicolon = line.IndexOf(';');
            var sizeText = (semicolon < 0 ? line : line[..semicolon]).Trim();
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                return null;
            }

            if (size == 0)
            {
                break;
            }

            if (position + size > framed.Length)
            {
                return null;
            }

            payload.Write(framed, position, size);
            position += size;
            if (ReadLine(framed, ref position) is not { Length: 0 })
            {
                return null;
            }
        }

        // Trailers: "name:value" lines until an empty line or the end.
        while (ReadLine(framed, ref position) is { Length: > 0 } trailer)
        {
            var colon = trailer.IndexOf(':');
            if (colon > 0)
            {
                trailers[trailer[..colon].Trim()] = trailer[(colon + 1)..].Trim();
            }
        }

        return (payload.ToArray(), trailers);
    }

    private static string? ReadLine(byte[] data, ref int position)
    {
        if (position >= data.Length)
        {
            return null;
        }

        var end = Array.IndexOf(data, (byte)'\n', position);
        if (end < 0)
        {
            var rest = Encoding.ASCII.GetString(data, position, data.Length - position);
            position = data.Length;
            return rest.TrimEnd('\r');
        }

        var text = Encoding.ASCII.GetString(data, position, end - position).TrimEnd('\r');
        position = end + 1;
        return text;
    }
}
