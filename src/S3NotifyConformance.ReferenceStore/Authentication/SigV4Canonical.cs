namespace S3NotifyConformance.ReferenceStore.Authentication;

/// <summary>The canonical forms of AWS Signature Version 4 ("Create a canonical request for Signature Version 4", AWS IAM
/// User Guide): RFC 3986 percent-encoding of bytes, the canonical query string, and canonical header values.</summary>
internal static class SigV4Canonical
{
    /// <summary>Percent-encodes every byte except A-Z a-z 0-9 - _ . ~ (and '/' when <paramref name="keepSlash"/>), upper-case hex.</summary>
    public static string Encode(ReadOnlySpan<byte> bytes, bool keepSlash)
    {
        var builder = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' || (keepSlash && c == '/'))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>The bytes a percent-encoded text stands for; an invalid escape stays literal. '+' stays '+'.</summary>
    public static byte[] Decode(string text)
    {
        var raw = Encoding.UTF8.GetBytes(text);
        var result = new List<byte>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '%' && i + 2 < raw.Length && IsHex(raw[i + 1]) && IsHex(raw[i + 2]))
            {
                result.Add((byte)((HexValue(raw[i + 1]) << 4) | HexValue(raw[i + 2])));
                i += 2;
            }
            else
            {
                result.Add(raw[i]);
            }
        }

        return [.. result];
    }

    /// <summary>Canonical URIs to try for a raw request path: S3 signs the path as sent (encoded once); the other services
    /// encode it once more. The re-encoded form covers clients that escape characters the signer did not.</summary>
    public static IEnumerable<string> UriCandidates(string rawPath, bool isS3)
    {
        var path = rawPath.Length == 0 ? "/" : rawPath;
        var normalized = Encode(Decode(path), keepSlash: true);
        if (isS3)
        {
            yield return path;
            if (normalized != path)
            {
                yield return normalized;
            }

            // The AWS SDK for .NET signs a key that starts with '/' as "/bucket//key" but sends "/bucket/key".
            var keyStart = path.IndexOf('/', 1);
            if (keyStart > 0 && keyStart + 1 < path.Length && path[keyStart + 1] != '/')
            {
                yield return path.Insert(keyStart, "/");
            }
        }
        else
        {
            yield return Encode(Encoding.UTF8.GetBytes(normalized), keepSlash: true);
            yield return path;
        }
    }

    /// <summary>The canonical query string of a raw query (without '?'), leaving out <paramref name="excluded"/> (X-Amz-Signature).</summary>
    public static string Query(string rawQuery, string? excluded = null)
    {
        if (rawQuery.Length == 0)
        {
            return string.Empty;
        }

        return string.Join('&', rawQuery.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(p => (Name: Encode(Decode(p[0]), keepSlash: false), Value: Encode(Decode(p.Length > 1 ? p[1] : string.Empty), keepSlash: false)))
            .Where(p => excluded is null || p.Name != excluded)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={p.Value}"));
    }

    /// <summary>A header's canonical value: its values joined by ',', each trimmed, runs of spaces collapsed.</summary>
    public static string HeaderValue(IEnumerable<string?> values) =>
        string.Join(',', values.Select(v => CollapseSpaces((v ?? string.Empty).Trim())));

    /// <summary>Lower-case hex SHA-256.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(data));

    private static string CollapseSpaces(string value)
    {
        if (!value.Contains("  ", StringComparison.Ordinal))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c != ' ' || builder.Length == 0 || builder[^1] != ' ')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
}
