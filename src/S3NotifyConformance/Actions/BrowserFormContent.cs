using System.Net.Http.Headers;
using System.Text;

namespace S3NotifyConformance.Actions;

/// <summary>A multipart/form-data body byte for byte as a browser sends it (HTML Standard, "multipart/form-data encoding
/// algorithm"; RFC 7578): quoted field names and file name (<c>name="key"</c>, with <c>"</c>, CR and LF percent-encoded),
/// no Content-Type on plain fields, an unquoted boundary token. .NET's MultipartFormDataContent writes <c>name=key</c>
/// unquoted and a text/plain Content-Type on every field, which some stores reject though no browser or SDK sends it.</summary>
public static class BrowserFormContent
{
    /// <summary>The form: fields in order, then the file.</summary>
    public static ByteArrayContent Create(IEnumerable<KeyValuePair<string, string>> fields, string fileName, string fileContentType, byte[] file, string? boundary = null)
    {
        boundary ??= "----s3nFormBoundary" + Guid.NewGuid().ToString("N")[..16];
        using var body = new MemoryStream();
        void Write(string text) => body.Write(Encoding.UTF8.GetBytes(text));
        foreach (var (name, value) in fields)
        {
            Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"{Escape(name)}\"\r\n\r\n{value}\r\n");
        }

        Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{Escape(fileName)}\"\r\nContent-Type: {fileContentType}\r\n\r\n");
        body.Write(file);
        Write($"\r\n--{boundary}--\r\n");
        var content = new ByteArrayContent(body.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        return content;
    }

    // The HTML Standard escapes these three in names and file names; nothing else.
    private static string Escape(string name) => name.Replace("\"", "%22", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
}
