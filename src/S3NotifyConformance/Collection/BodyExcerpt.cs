using System.Globalization;
using System.Text;

namespace S3NotifyConformance.Collection;

/// <summary>A short, printable excerpt of a delivered body for a finding: what a store sent may be megabytes long and hold
/// control characters, unpaired surrogates or bidirectional overrides that would corrupt a report (XML cannot even carry
/// them), so those appear as <c>\uXXXX</c> and the rest is cut with its length given.</summary>
public static class BodyExcerpt
{
    /// <summary>Characters an excerpt keeps by default.</summary>
    public const int DefaultLength = 160;

    /// <summary>The first <paramref name="length"/> characters of <paramref name="body"/>, escaped, with the full length when cut.</summary>
    public static string Of(string body, int length = DefaultLength)
    {
        if (body.Length <= length)
        {
            return Escape(body);
        }

        // Never cut between the two halves of a surrogate pair: the half left over would be escaped as if the store sent it alone.
        var cut = char.IsHighSurrogate(body[length - 1]) && char.IsLowSurrogate(body[length]) ? length - 1 : length;
        return $"{Escape(body[..cut])}… ({body.Length.ToString("N0", CultureInfo.InvariantCulture)} characters)";
    }

    /// <summary><paramref name="text"/> with control characters, unpaired surrogates and invisible formatting characters as <c>\uXXXX</c>.</summary>
    public static string Escape(string text)
    {
        StringBuilder? escaped = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair)
            {
                escaped?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (!NeedsEscape(c))
            {
                escaped?.Append(c);
                continue;
            }

            escaped ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        return escaped?.ToString() ?? text;
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || c is '\uFEFF' or '\u200B' or '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
