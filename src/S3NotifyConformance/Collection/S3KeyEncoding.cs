using System.Text;

namespace S3NotifyConformance.Collection;

/// <summary>How Amazon S3 writes object keys in event records: form URL encoding with '/' left as is
/// (SQS::test_key_encoding: <c>a@b</c> → <c>a%40b</c>, <c>/</c> kept [A]; space → <c>+</c> [D] "Event message structure"). Other characters are not recorded from
/// AWS; they follow the same form encoding (unreserved <c>A-Z a-z 0-9 - _ . ~</c> kept, every other UTF-8 byte as %XX).</summary>
public static class S3KeyEncoding
{
    /// <summary>The key as AWS writes it in <c>s3.object.key</c>.</summary>
    public static string Encode(string key)
    {
        var builder = new StringBuilder(key.Length + 8);
        foreach (var b in Encoding.UTF8.GetBytes(key))
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
                builder.Append('%').Append(b.ToString("X2"));
            }
        }

        return builder.ToString();
    }

    /// <summary>The raw key from a record key: '+' is a space and %XX a UTF-8 byte. Lenient: a malformed escape is kept as text.
    /// Linear, and text between escapes is taken whole, so a megabyte key costs a copy and a character pair stays a pair.</summary>
    public static string Decode(string encoded)
    {
        if (encoded.AsSpan().IndexOfAny('+', '%') < 0)
        {
            return encoded;
        }

        var bytes = new List<byte>(encoded.Length);
        var literal = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            var c = encoded[i];
            var escape = c == '%' && i + 2 < encoded.Length && char.IsAsciiHexDigit(encoded[i + 1]) && char.IsAsciiHexDigit(encoded[i + 2]);
            if (c != '+' && !escape)
            {
                continue;
            }

            bytes.AddRange(Encoding.UTF8.GetBytes(encoded[literal..i]));
            if (escape)
            {
                bytes.Add(Convert.ToByte(encoded.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)' ');
            }

            literal = i + 1;
        }

        bytes.AddRange(Encoding.UTF8.GetBytes(encoded[literal..]));
        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
