namespace S3NotifyConformance.ReferenceStore.Hosting;

/// <summary>Reads a whole request body asynchronously (Kestrel forbids synchronous reads).</summary>
internal static class RequestBody
{
    /// <summary>All bytes of the request body.</summary>
    public static async Task<byte[]> ReadAllAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var length = request.ContentLength;
        using var buffer = length is > 0 and < int.MaxValue ? new MemoryStream((int)length.Value) : new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
