namespace S3NotifyConformance.ReferenceStore.Hosting;

/// <summary>Writes a whole text response body (UTF-8, with its Content-Length) for every protocol the store speaks.</summary>
internal static class ResponseText
{
    /// <summary>Sets status and content type and writes <paramref name="text"/>.</summary>
    public static async Task WriteAsync(HttpResponse response, int status, string contentType, string text, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, cancellationToken);
    }
}
