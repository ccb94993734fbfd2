namespace S3NotifyConformance.Collection;

/// <summary>A pushed body's bytes as text (webhook POSTs, AMQP messages), read strictly: bytes that are not UTF-8 are a
/// problem to report, never quietly replaced.</summary>
public static class Utf8Body
{
    /// <summary>The text, and why it is not UTF-8 when it is not (the text then holds replacement characters, for the excerpt).</summary>
    public static (string Body, string? Problem) Decode(ReadOnlySpan<byte> bytes)
    {
        // RFC 8259 section 8.1: a reader may ignore a byte order mark, as the StreamReader this replaced did.
        var text = bytes[(bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0)..];
        var body = System.Text.Encoding.UTF8.GetString(text);
        if (System.Text.Unicode.Utf8.IsValid(text))
        {
            return (body, null);
        }

        System.Text.Unicode.Utf8.ToUtf16(text, new char[text.Length], out var valid, out _, replaceInvalidSequences: false);
        return (body, $"body is not UTF-8 (an invalid byte sequence at byte {valid} of {text.Length})");
    }
}
