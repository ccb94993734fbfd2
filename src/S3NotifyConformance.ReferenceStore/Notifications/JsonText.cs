using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>Writes compact JSON with AWS-like escaping (no \u002B for "+", no escaping of non-ASCII).</summary>
internal static class JsonText
{
    /// <summary>Writer options shared by every JSON body the store produces.</summary>
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>ISO-8601 UTC with milliseconds, e.g. 2025-01-21T10:00:00.000Z.</summary>
    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Runs <paramref name="write"/> against a fresh writer and returns the UTF-16 text.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
