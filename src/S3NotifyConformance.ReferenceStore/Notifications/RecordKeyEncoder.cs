namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>Encodes s3.object.key the way AWS records show it (SQS::test_key_encoding; "Event message structure").</summary>
internal static class RecordKeyEncoder
{
    private const string Hex = "0123456789ABCDEF";

    /// <summary>
    /// Form-url-encoding with "/" kept: space → "+" [D][U], "@" → "%40" [A], "/" unchanged [A], "-" "_" unchanged [A].
    /// Inferred (not evidenced): A-Z a-z 0-9 "." "~" unchanged, every other UTF-8 byte as upper-case %XX.
    /// </summary>
    public static string Encode(string key)
    {
        var bytes = Encoding.UTF8.GetBytes(key);
        var builder = new StringBuilder(bytes.Length + 8);
        foreach (var b in bytes)
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' or '/')
            {
                builder.Append(c);
            }
            else if (c == ' ')
            {
                builder.Append('+');
            }
            else
            {
                builder.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
            }
        }

        return builder.ToString();
    }
}
