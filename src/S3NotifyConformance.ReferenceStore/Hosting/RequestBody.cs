using S3NotifyConformance.ReferenceStore.Authentication;

namespace S3NotifyConformance.ReferenceStore.Hosting;

/// <summary>Reads a whole request body asynchronously (Kestrel forbids synchronous reads), never more than a limit.</summary>
internal static class RequestBody
{
    /// <summary>All bytes of the request body; <see cref="RejectedRequestException"/> (BodyTooLarge) as soon as it passes <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]> ReadAllAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        var length = request.ContentLength;
        if (length > maxBytes)
        {
            throw new RejectedRequestException(RequestRejection.BodyTooLarge(length.Value, maxBytes));
        }

        using var buffer = length is > 0 and < int.MaxValue ? new MemoryStream((int)length.Value) : new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new RejectedRequestException(RequestRejection.BodyTooLarge(buffer.Length + read, maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
